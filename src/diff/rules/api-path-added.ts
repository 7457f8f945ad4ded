/**
 * Rule api-path-added (INFO): a path was added.
 * Invented (oasdiff has no rule for it: its endpoint-added covers new operations of new
 * and existing paths alike); reported once per new path, next to endpoint-added per operation.
 */
import { addedPathRule } from '../kit/operation-rules.ts';
import type { Rule } from '../types.ts';

export const apiPathAdded: Rule = addedPathRule({
  id: 'api-path-added',
  severity: 'INFO',
  description: 'A path was added.',
  messageTemplate: 'added the path {path}',
});
