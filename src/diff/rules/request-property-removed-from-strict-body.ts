/**
 * Rule request-property-removed-from-strict-body (ERR, the project's own: oasdiff reports every
 * removed request property as request-property-removed, WARN): a request property was removed
 * from an object that, in the new document, accepts no other property (`additionalProperties:
 * false`, as every Hub API v2 request body): a client that still sends it is refused, not ignored.
 * Such a removal is reported by this rule only.
 */
import { propertyPresenceRule } from '../kit/presence-rules.ts';
import type { Rule } from '../types.ts';

export const requestPropertyRemovedFromStrictBody: Rule = propertyPresenceRule({
  id: 'request-property-removed-from-strict-body',
  severity: 'ERR',
  description:
    'A request property was removed from a strict object (additionalProperties: false): clients that send it are refused.',
  messageTemplate: 'removed the request property {subject} from an object that accepts no other property',
  scope: 'request-property',
  change: 'removed',
  required: 'either',
  newParentStrict: true,
});
