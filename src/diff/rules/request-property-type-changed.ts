/**
 * Rule request-property-type-changed (ERR, oasdiff's ID and severity): a request property's type
 * or format changed so that values clients sent may be rejected.
 * Narrowing counts as a change here (oasdiff reports incomparable changes under this ID and
 * widening as the INFO request-property-type-generalized, which this project does not report).
 */
import { typeRule } from '../kit/keyword-rules.ts';
import type { Rule } from '../types.ts';

export const requestPropertyTypeChanged: Rule = typeRule({
  id: 'request-property-type-changed',
  severity: 'ERR',
  description: "A request property's type or format changed so that values clients sent may be rejected.",
  messageTemplate: 'the type of the request property {subject} changed from {old} to {new}',
  scope: 'request-property',
  when: ['changed', 'narrowed'],
});
