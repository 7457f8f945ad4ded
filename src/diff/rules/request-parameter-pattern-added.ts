/**
 * Rule request-parameter-pattern-added (ERR, oasdiff's ID and severity): a pattern was added to a
 * request parameter that had none.
 */
import { patternRule } from '../kit/keyword-rules.ts';
import type { Rule } from '../types.ts';

export const requestParameterPatternAdded: Rule = patternRule({
  id: 'request-parameter-pattern-added',
  severity: 'ERR',
  description: 'A pattern was added to a request parameter that had none.',
  messageTemplate: 'added the pattern {new} to the {in} request parameter {subject}',
  scope: 'request-parameter',
  change: 'added',
});
