/**
 * Rule new-required-request-property (ERR, oasdiff's ID and severity): a required property was
 * added to a request body.
 */
import { propertyPresenceRule } from '../kit/presence-rules.ts';
import type { Rule } from '../types.ts';

export const newRequiredRequestProperty: Rule = propertyPresenceRule({
  id: 'new-required-request-property',
  severity: 'ERR',
  description: 'A required property was added to a request body.',
  messageTemplate: 'added the new required request property {subject}',
  scope: 'request-property',
  change: 'added',
  required: true,
});
