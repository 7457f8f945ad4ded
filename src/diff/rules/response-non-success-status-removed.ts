/**
 * Rule response-non-success-status-removed (INFO, oasdiff's ID and severity): a non-success
 * response status was removed from an operation.
 */
import { statusRule } from '../kit/response-rules.ts';
import type { Rule } from '../types.ts';

export const responseNonSuccessStatusRemoved: Rule = statusRule({
  id: 'response-non-success-status-removed',
  severity: 'INFO',
  description: 'A non-success response status was removed from an operation.',
  messageTemplate: 'removed the non-success response with the status {status}',
  change: 'removed',
  success: false,
});
