/**
 * Rule request-parameter-min-increased (ERR, oasdiff's ID and severity): a request parameter's
 * minimum was raised.
 */
import { boundRule } from '../kit/keyword-rules.ts';
import type { Rule } from '../types.ts';

export const requestParameterMinIncreased: Rule = boundRule({
  id: 'request-parameter-min-increased',
  severity: 'ERR',
  description: "A request parameter's minimum was raised.",
  messageTemplate: 'for the {in} request parameter {subject}, the minimum was increased from {old} to {new}',
  scope: 'request-parameter',
  keyword: 'minimum',
  change: 'increased',
});
