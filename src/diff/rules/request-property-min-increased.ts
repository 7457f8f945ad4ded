/**
 * Rule request-property-min-increased (ERR, oasdiff's ID and severity): a request property's
 * minimum was raised.
 */
import { boundRule } from '../kit/keyword-rules.ts';
import type { Rule } from '../types.ts';

export const requestPropertyMinIncreased: Rule = boundRule({
  id: 'request-property-min-increased',
  severity: 'ERR',
  description: "A request property's minimum was raised.",
  messageTemplate: 'the minimum of the request property {subject} was increased from {old} to {new}',
  scope: 'request-property',
  keyword: 'minimum',
  change: 'increased',
});
