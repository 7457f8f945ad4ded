/**
 * Rule api-removed-with-deprecation (INFO, oasdiff's ID and severity): a deprecated operation was
 * removed from a path that remains.
 */
import { removedOperationRule } from '../kit/operation-rules.ts';
import type { Rule } from '../types.ts';

export const apiRemovedWithDeprecation: Rule = removedOperationRule({
  id: 'api-removed-with-deprecation',
  severity: 'INFO',
  description: 'A deprecated operation was removed from a path that remains.',
  messageTemplate: 'removed the operation {method} {path}, which was deprecated',
  pathRemoved: false,
  deprecated: true,
});
