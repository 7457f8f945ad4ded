/**
 * Rule response-body-became-nullable (ERR, oasdiff's ID and severity): a response body became
 * nullable.
 */
import { nullableRule } from '../kit/keyword-rules.ts';
import type { Rule } from '../types.ts';

export const responseBodyBecameNullable: Rule = nullableRule({
  id: 'response-body-became-nullable',
  severity: 'ERR',
  description: 'A response body became nullable.',
  messageTemplate: 'the response body became nullable for the status {status}',
  scope: 'response-body',
  change: 'became-nullable',
});
