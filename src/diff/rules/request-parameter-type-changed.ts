/**
 * Rule request-parameter-type-changed (ERR, oasdiff's ID and severity): a request parameter's type
 * or format changed so that values clients sent may be rejected.
 */
import { typeRule } from '../kit/keyword-rules.ts';
import type { Rule } from '../types.ts';

export const requestParameterTypeChanged: Rule = typeRule({
  id: 'request-parameter-type-changed',
  severity: 'ERR',
  description: "A request parameter's type or format changed so that values clients sent may be rejected.",
  messageTemplate: 'for the {in} request parameter {subject}, the type changed from {old} to {new}',
  scope: 'request-parameter',
  when: ['changed', 'narrowed'],
});
