/**
 * Rule request-property-min-length-increased (ERR, oasdiff's ID and severity): a request
 * property's minLength was increased.
 */
import { boundRule } from '../kit/keyword-rules.ts';
import type { Rule } from '../types.ts';

export const requestPropertyMinLengthIncreased: Rule = boundRule({
  id: 'request-property-min-length-increased',
  severity: 'ERR',
  description: "A request property's minLength was increased.",
  messageTemplate: 'the minLength of the request property {subject} was increased from {old} to {new}',
  scope: 'request-property',
  keyword: 'minLength',
  change: 'increased',
});
