/**
 * Rule response-success-status-added (INFO, oasdiff's ID and severity): a success (2xx) response
 * status was added to an operation.
 */
import { statusRule } from '../kit/response-rules.ts';
import type { Rule } from '../types.ts';

export const responseSuccessStatusAdded: Rule = statusRule({
  id: 'response-success-status-added',
  severity: 'INFO',
  description: 'A success (2xx) response status was added to an operation.',
  messageTemplate: 'added the success response with the status {status}',
  change: 'added',
  success: true,
});
