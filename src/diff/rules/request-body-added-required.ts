/**
 * Rule request-body-added-required (ERR, oasdiff's ID and severity): a required request body was
 * added to an operation that had none.
 */
import { requestBodyRule } from '../kit/operation-rules.ts';
import type { Rule } from '../types.ts';

export const requestBodyAddedRequired: Rule = requestBodyRule({
  id: 'request-body-added-required',
  severity: 'ERR',
  description: 'A required request body was added to an operation that had none.',
  messageTemplate: 'added a required request body',
  change: 'added-required',
});
