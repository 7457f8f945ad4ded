/**
 * Rule request-property-became-not-nullable (ERR, oasdiff's ID and severity): a request property
 * that accepted null no longer does.
 */
import { nullableRule } from '../kit/keyword-rules.ts';
import type { Rule } from '../types.ts';

export const requestPropertyBecameNotNullable: Rule = nullableRule({
  id: 'request-property-became-not-nullable',
  severity: 'ERR',
  description: 'A request property that accepted null no longer does.',
  messageTemplate: 'the request property {subject} became not nullable',
  scope: 'request-property',
  change: 'became-not-nullable',
});
