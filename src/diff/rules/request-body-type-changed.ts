/**
 * Rule request-body-type-changed (ERR, oasdiff's ID and severity): the type or format of a request
 * body changed so that bodies clients sent may be rejected.
 */
import { typeRule } from '../kit/keyword-rules.ts';
import type { Rule } from '../types.ts';

export const requestBodyTypeChanged: Rule = typeRule({
  id: 'request-body-type-changed',
  severity: 'ERR',
  description: 'The type or format of a request body changed so that bodies clients sent may be rejected.',
  messageTemplate: 'the type of the request body changed from {old} to {new}',
  scope: 'request-body',
  when: ['changed', 'narrowed'],
});
