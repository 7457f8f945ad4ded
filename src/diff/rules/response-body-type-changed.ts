/**
 * Rule response-body-type-changed (ERR, oasdiff's ID and severity): the type or format of a
 * response body changed to one that neither widens nor narrows the old.
 */
import { typeRule } from '../kit/keyword-rules.ts';
import type { Rule } from '../types.ts';

export const responseBodyTypeChanged: Rule = typeRule({
  id: 'response-body-type-changed',
  severity: 'ERR',
  description: 'The type or format of a response body changed to one that neither widens nor narrows the old.',
  messageTemplate: 'the type of the response body changed from {old} to {new} for the status {status}',
  scope: 'response-body',
  when: ['changed'],
});
