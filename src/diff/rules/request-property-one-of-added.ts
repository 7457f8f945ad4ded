/**
 * Rule request-property-one-of-added (INFO, oasdiff's ID and severity): an alternative was added
 * to the `oneOf` of a request property: clients may send one more form.
 */
import { oneOfRule } from '../kit/one-of-rules.ts';
import type { Rule } from '../types.ts';

export const requestPropertyOneOfAdded: Rule = oneOfRule({
  id: 'request-property-one-of-added',
  severity: 'INFO',
  description: 'An alternative was added to the oneOf of a request property.',
  messageTemplate: 'added the alternative {alternative} to the oneOf of the request property {subject}',
  scope: 'request-property',
  change: 'added',
});
