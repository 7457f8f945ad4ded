/**
 * Rule response-property-became-nullable (ERR, oasdiff's ID and severity): a response property
 * became nullable.
 */
import { nullableRule } from '../kit/keyword-rules.ts';
import type { Rule } from '../types.ts';

export const responsePropertyBecameNullable: Rule = nullableRule({
  id: 'response-property-became-nullable',
  severity: 'ERR',
  description: 'A response property became nullable.',
  messageTemplate: 'the response property {subject} became nullable for the status {status}',
  scope: 'response-property',
  change: 'became-nullable',
});
