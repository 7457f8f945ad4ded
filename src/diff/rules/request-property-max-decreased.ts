/**
 * Rule request-property-max-decreased (ERR, oasdiff's ID and severity): a request property's
 * maximum was lowered.
 */
import { boundRule } from '../kit/keyword-rules.ts';
import type { Rule } from '../types.ts';

export const requestPropertyMaxDecreased: Rule = boundRule({
  id: 'request-property-max-decreased',
  severity: 'ERR',
  description: "A request property's maximum was lowered.",
  messageTemplate: 'the maximum of the request property {subject} was decreased from {old} to {new}',
  scope: 'request-property',
  keyword: 'maximum',
  change: 'decreased',
});
