/**
 * Rule response-property-enum-value-added (WARN, oasdiff's ID and severity): a value was added to
 * the enum of a response property: clients may receive a value they do not handle.
 */
import { enumRule } from '../kit/keyword-rules.ts';
import type { Rule } from '../types.ts';

export const responsePropertyEnumValueAdded: Rule = enumRule({
  id: 'response-property-enum-value-added',
  severity: 'WARN',
  description: 'A value was added to the enum of a response property: clients may receive a value they do not handle.',
  messageTemplate: 'added the new {value} enum value to the response property {subject} for the status {status}',
  scope: 'response-property',
  change: 'added',
});
