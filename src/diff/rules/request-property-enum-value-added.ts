/**
 * Rule request-property-enum-value-added (INFO, oasdiff's ID and severity): a value was added to
 * the enum of a request property: clients may send it, and nothing they sent before is refused.
 */
import { enumRule } from '../kit/keyword-rules.ts';
import type { Rule } from '../types.ts';

export const requestPropertyEnumValueAdded: Rule = enumRule({
  id: 'request-property-enum-value-added',
  severity: 'INFO',
  description: 'A value was added to the enum of a request property.',
  messageTemplate: 'added the new enum value {value} to the request property {subject}',
  scope: 'request-property',
  change: 'added',
});
