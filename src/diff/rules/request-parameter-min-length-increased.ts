/**
 * Rule request-parameter-min-length-increased (ERR, oasdiff's ID and severity): a request
 * parameter's minLength was increased.
 */
import { boundRule } from '../kit/keyword-rules.ts';
import type { Rule } from '../types.ts';

export const requestParameterMinLengthIncreased: Rule = boundRule({
  id: 'request-parameter-min-length-increased',
  severity: 'ERR',
  description: "A request parameter's minLength was increased.",
  messageTemplate: 'for the {in} request parameter {subject}, the minLength was increased from {old} to {new}',
  scope: 'request-parameter',
  keyword: 'minLength',
  change: 'increased',
});
