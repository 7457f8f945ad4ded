/**
 * Rule request-parameter-max-length-decreased (ERR, oasdiff's ID and severity): a request
 * parameter's maxLength was decreased.
 */
import { boundRule } from '../kit/keyword-rules.ts';
import type { Rule } from '../types.ts';

export const requestParameterMaxLengthDecreased: Rule = boundRule({
  id: 'request-parameter-max-length-decreased',
  severity: 'ERR',
  description: "A request parameter's maxLength was decreased.",
  messageTemplate: 'for the {in} request parameter {subject}, the maxLength was decreased from {old} to {new}',
  scope: 'request-parameter',
  keyword: 'maxLength',
  change: 'decreased',
});
