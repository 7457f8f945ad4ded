/**
 * Rule request-property-one-of-removed (ERR, oasdiff's ID and severity): an alternative was
 * removed from the `oneOf` of a request property: a client that sends that form (a Hub API v2
 * filter's operator object, say) is refused.
 */
import { oneOfRule } from '../kit/one-of-rules.ts';
import type { Rule } from '../types.ts';

export const requestPropertyOneOfRemoved: Rule = oneOfRule({
  id: 'request-property-one-of-removed',
  severity: 'ERR',
  description: 'An alternative was removed from the oneOf of a request property.',
  messageTemplate: 'removed the alternative {alternative} from the oneOf of the request property {subject}',
  scope: 'request-property',
  change: 'removed',
});
