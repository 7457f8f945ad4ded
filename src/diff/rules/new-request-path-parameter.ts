/**
 * Rule new-request-path-parameter (ERR, oasdiff's ID and severity): a path parameter was added.
 */
import { parameterPresenceRule } from '../kit/parameter-rules.ts';
import type { Rule } from '../types.ts';

export const newRequestPathParameter: Rule = parameterPresenceRule({
  id: 'new-request-path-parameter',
  severity: 'ERR',
  description: 'A path parameter was added.',
  messageTemplate: 'added the new path request parameter {name}',
  change: 'added',
  select: (parameter) => parameter.in === 'path',
});
