/**
 * Rule new-optional-request-parameter (INFO, oasdiff's ID and severity): an optional query, header
 * or cookie parameter was added.
 */
import { parameterPresenceRule } from '../kit/parameter-rules.ts';
import type { Rule } from '../types.ts';

export const newOptionalRequestParameter: Rule = parameterPresenceRule({
  id: 'new-optional-request-parameter',
  severity: 'INFO',
  description: 'An optional query, header or cookie parameter was added.',
  messageTemplate: 'added the new optional {in} request parameter {name}',
  change: 'added',
  select: (parameter) => parameter.in !== 'path' && !parameter.required,
});
