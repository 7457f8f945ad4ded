/**
 * Rule response-success-status-removed (ERR, oasdiff's ID and severity): a success (2xx) response
 * status was removed from an operation.
 */
import { statusRule } from '../kit/response-rules.ts';
import type { Rule } from '../types.ts';

export const responseSuccessStatusRemoved: Rule = statusRule({
  id: 'response-success-status-removed',
  severity: 'ERR',
  description: 'A success (2xx) response status was removed from an operation.',
  messageTemplate: 'removed the success response with the status {status}',
  change: 'removed',
  success: true,
});
