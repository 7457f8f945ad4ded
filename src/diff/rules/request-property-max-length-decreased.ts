/**
 * Rule request-property-max-length-decreased (ERR, oasdiff's ID and severity): a request
 * property's maxLength was decreased.
 */
import { boundRule } from '../kit/keyword-rules.ts';
import type { Rule } from '../types.ts';

export const requestPropertyMaxLengthDecreased: Rule = boundRule({
  id: 'request-property-max-length-decreased',
  severity: 'ERR',
  description: "A request property's maxLength was decreased.",
  messageTemplate: 'the maxLength of the request property {subject} was decreased from {old} to {new}',
  scope: 'request-property',
  keyword: 'maxLength',
  change: 'decreased',
});
