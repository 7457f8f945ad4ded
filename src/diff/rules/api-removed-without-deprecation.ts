/**
 * Rule api-removed-without-deprecation (ERR, oasdiff's ID and severity): an operation was removed
 * from a path that remains, without having been deprecated.
 */
import { removedOperationRule } from '../kit/operation-rules.ts';
import type { Rule } from '../types.ts';

export const apiRemovedWithoutDeprecation: Rule = removedOperationRule({
  id: 'api-removed-without-deprecation',
  severity: 'ERR',
  description: 'An operation was removed from a path that remains, without having been deprecated.',
  messageTemplate: 'removed the operation {method} {path} without deprecating it first',
  pathRemoved: false,
  deprecated: false,
});
