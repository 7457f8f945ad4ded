/**
 * Rule response-optional-property-added (INFO, oasdiff's ID and severity): an optional property
 * was added to a response.
 */
import { propertyPresenceRule } from '../kit/presence-rules.ts';
import type { Rule } from '../types.ts';

export const responseOptionalPropertyAdded: Rule = propertyPresenceRule({
  id: 'response-optional-property-added',
  severity: 'INFO',
  description: 'An optional property was added to a response.',
  messageTemplate: 'added the optional property {subject} to the response with the {status} status',
  scope: 'response-property',
  change: 'added',
  required: false,
});
