/**
 * Rule endpoint-added (INFO, oasdiff's ID and severity): an operation was added.
 */
import { addedOperationRule } from '../kit/operation-rules.ts';
import type { Rule } from '../types.ts';

export const endpointAdded: Rule = addedOperationRule({
  id: 'endpoint-added',
  severity: 'INFO',
  description: 'An operation was added.',
  messageTemplate: 'added the operation {method} {path}',
});
