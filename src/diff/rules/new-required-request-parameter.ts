/**
 * Rule new-required-request-parameter (ERR, oasdiff's ID and severity): a required query, header
 * or cookie parameter was added.
 */
import { parameterPresenceRule } from '../kit/parameter-rules.ts';
import type { Rule } from '../types.ts';

export const newRequiredRequestParameter: Rule = parameterPresenceRule({
  id: 'new-required-request-parameter',
  severity: 'ERR',
  description: 'A required query, header or cookie parameter was added.',
  messageTemplate: 'added the new required {in} request parameter {name}',
  change: 'added',
  select: (parameter) => parameter.in !== 'path' && parameter.required,
});
