/**
 * Rule response-property-type-changed (ERR, oasdiff's ID and severity): a response property's type
 * or format changed to one that neither widens nor narrows the old.
 */
import { typeRule } from '../kit/keyword-rules.ts';
import type { Rule } from '../types.ts';

export const responsePropertyTypeChanged: Rule = typeRule({
  id: 'response-property-type-changed',
  severity: 'ERR',
  description: "A response property's type or format changed to one that neither widens nor narrows the old.",
  messageTemplate: 'the type of the response property {subject} changed from {old} to {new} for the status {status}',
  scope: 'response-property',
  when: ['changed'],
});
