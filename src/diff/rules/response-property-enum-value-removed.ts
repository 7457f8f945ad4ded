/**
 * Rule response-property-enum-value-removed (INFO, oasdiff's ID and severity): a value was removed
 * from the enum of a response property: clients no longer receive it, and every value they may
 * still receive is one they knew.
 */
import { enumRule } from '../kit/keyword-rules.ts';
import type { Rule } from '../types.ts';

export const responsePropertyEnumValueRemoved: Rule = enumRule({
  id: 'response-property-enum-value-removed',
  severity: 'INFO',
  description: 'A value was removed from the enum of a response property.',
  messageTemplate: 'removed the enum value {value} of the response property {subject} for the status {status}',
  scope: 'response-property',
  change: 'removed',
});
