/**
 * Rule response-required-property-added (INFO, oasdiff's ID and severity): a required property was
 * added to a response.
 */
import { propertyPresenceRule } from '../kit/presence-rules.ts';
import type { Rule } from '../types.ts';

export const responseRequiredPropertyAdded: Rule = propertyPresenceRule({
  id: 'response-required-property-added',
  severity: 'INFO',
  description: 'A required property was added to a response.',
  messageTemplate: 'added the required property {subject} to the response with the {status} status',
  scope: 'response-property',
  change: 'added',
  required: true,
});
