/**
 * Rule request-property-removed (WARN, oasdiff's ID and severity): a request property was removed:
 * clients that send it may be rejected. Where the new parent object is strict
 * (`additionalProperties: false`) they are: that is request-property-removed-from-strict-body, ERR.
 */
import { propertyPresenceRule } from '../kit/presence-rules.ts';
import type { Rule } from '../types.ts';

export const requestPropertyRemoved: Rule = propertyPresenceRule({
  id: 'request-property-removed',
  severity: 'WARN',
  description: 'A request property was removed: clients that send it may be rejected.',
  messageTemplate: 'removed the request property {subject}',
  scope: 'request-property',
  change: 'removed',
  required: 'either',
  newParentStrict: false,
});
