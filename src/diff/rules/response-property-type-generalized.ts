/**
 * Rule response-property-type-generalized (ERR, oasdiff's ID and severity): a response property's
 * type or format was widened: clients may receive values they do not expect.
 */
import { typeRule } from '../kit/keyword-rules.ts';
import type { Rule } from '../types.ts';

export const responsePropertyTypeGeneralized: Rule = typeRule({
  id: 'response-property-type-generalized',
  severity: 'ERR',
  description: "A response property's type or format was widened: clients may receive values they do not expect.",
  messageTemplate: 'the response property {subject} was widened from {old} to {new} for the status {status}',
  scope: 'response-property',
  when: ['widened'],
});
