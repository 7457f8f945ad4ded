/**
 * Rule api-path-removed-with-deprecation (INFO, oasdiff's ID and severity): a path was removed
 * whose operations had been deprecated.
 */
import { removedOperationRule } from '../kit/operation-rules.ts';
import type { Rule } from '../types.ts';

export const apiPathRemovedWithDeprecation: Rule = removedOperationRule({
  id: 'api-path-removed-with-deprecation',
  severity: 'INFO',
  description: 'A path was removed whose operations had been deprecated.',
  messageTemplate: 'removed the path {path} (operation {method}), which was deprecated',
  pathRemoved: true,
  deprecated: true,
});
