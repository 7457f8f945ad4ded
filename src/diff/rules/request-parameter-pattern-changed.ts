/**
 * Rule request-parameter-pattern-changed (WARN, oasdiff's ID and severity): a request parameter's
 * pattern changed (whether it accepts less cannot be told in general).
 */
import { patternRule } from '../kit/keyword-rules.ts';
import type { Rule } from '../types.ts';

export const requestParameterPatternChanged: Rule = patternRule({
  id: 'request-parameter-pattern-changed',
  severity: 'WARN',
  description: "A request parameter's pattern changed (whether it accepts less cannot be told in general).",
  messageTemplate: 'changed the pattern of the {in} request parameter {subject} from {old} to {new}',
  scope: 'request-parameter',
  change: 'changed',
});
