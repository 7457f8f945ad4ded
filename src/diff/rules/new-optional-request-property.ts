/**
 * Rule new-optional-request-property (INFO, oasdiff's ID and severity): an optional property was
 * added to a request body.
 */
import { propertyPresenceRule } from '../kit/presence-rules.ts';
import type { Rule } from '../types.ts';

export const newOptionalRequestProperty: Rule = propertyPresenceRule({
  id: 'new-optional-request-property',
  severity: 'INFO',
  description: 'An optional property was added to a request body.',
  messageTemplate: 'added the new optional request property {subject}',
  scope: 'request-property',
  change: 'added',
  required: false,
});
