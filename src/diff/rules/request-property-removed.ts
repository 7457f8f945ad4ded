/**
 * Rule request-property-removed (WARN, oasdiff's ID and severity): a request property was removed:
 * clients that send it may be rejected.
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
});
