/**
 * Rule request-property-enum-value-removed (ERR, oasdiff's ID and severity): a value was removed
 * from the enum of a request property.
 */
import { enumRule } from '../kit/keyword-rules.ts';
import type { Rule } from '../types.ts';

export const requestPropertyEnumValueRemoved: Rule = enumRule({
  id: 'request-property-enum-value-removed',
  severity: 'ERR',
  description: 'A value was removed from the enum of a request property.',
  messageTemplate: 'removed the enum value {value} of the request property {subject}',
  scope: 'request-property',
  change: 'removed',
});
