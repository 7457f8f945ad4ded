/**
 * Rule api-path-removed-without-deprecation (ERR, oasdiff's ID and severity): a path was removed,
 * with operations that had not been deprecated.
 */
import { removedOperationRule } from '../kit/operation-rules.ts';
import type { Rule } from '../types.ts';

export const apiPathRemovedWithoutDeprecation: Rule = removedOperationRule({
  id: 'api-path-removed-without-deprecation',
  severity: 'ERR',
  description: 'A path was removed, with operations that had not been deprecated.',
  messageTemplate: 'removed the path {path} (operation {method}) without deprecating it first',
  pathRemoved: true,
  deprecated: false,
});
