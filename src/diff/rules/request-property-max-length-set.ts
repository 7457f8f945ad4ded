/**
 * Rule request-property-max-length-set (ERR, oasdiff's ID and severity): a maxLength was set on a
 * request property that had none.
 */
import { boundRule } from '../kit/keyword-rules.ts';
import type { Rule } from '../types.ts';

export const requestPropertyMaxLengthSet: Rule = boundRule({
  id: 'request-property-max-length-set',
  severity: 'ERR',
  description: 'A maxLength was set on a request property that had none.',
  messageTemplate: 'the maxLength of the request property {subject} was set to {new}',
  scope: 'request-property',
  keyword: 'maxLength',
  change: 'set',
});
