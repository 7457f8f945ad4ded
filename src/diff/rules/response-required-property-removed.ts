/**
 * Rule response-required-property-removed (ERR, oasdiff's ID and severity): a response property
 * that was required was removed.
 */
import { propertyPresenceRule } from '../kit/presence-rules.ts';
import type { Rule } from '../types.ts';

export const responseRequiredPropertyRemoved: Rule = propertyPresenceRule({
  id: 'response-required-property-removed',
  severity: 'ERR',
  description: 'A response property that was required was removed.',
  messageTemplate: 'removed the required property {subject} from the response with the {status} status',
  scope: 'response-property',
  change: 'removed',
  required: true,
});
