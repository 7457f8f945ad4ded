/**
 * Rule request-property-pattern-added (ERR, oasdiff's ID and severity): a pattern was added to a
 * request property that had none.
 */
import { patternRule } from '../kit/keyword-rules.ts';
import type { Rule } from '../types.ts';

export const requestPropertyPatternAdded: Rule = patternRule({
  id: 'request-property-pattern-added',
  severity: 'ERR',
  description: 'A pattern was added to a request property that had none.',
  messageTemplate: 'added the pattern {new} to the request property {subject}',
  scope: 'request-property',
  change: 'added',
});
