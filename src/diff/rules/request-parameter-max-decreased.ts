/**
 * Rule request-parameter-max-decreased (ERR, oasdiff's ID and severity): a request parameter's
 * maximum was lowered.
 */
import { boundRule } from '../kit/keyword-rules.ts';
import type { Rule } from '../types.ts';

export const requestParameterMaxDecreased: Rule = boundRule({
  id: 'request-parameter-max-decreased',
  severity: 'ERR',
  description: "A request parameter's maximum was lowered.",
  messageTemplate: 'for the {in} request parameter {subject}, the maximum was decreased from {old} to {new}',
  scope: 'request-parameter',
  keyword: 'maximum',
  change: 'decreased',
});
