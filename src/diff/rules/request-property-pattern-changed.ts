/**
 * Rule request-property-pattern-changed (WARN, oasdiff's ID and severity): a request property's
 * pattern changed (whether it accepts less cannot be told in general).
 */
import { patternRule } from '../kit/keyword-rules.ts';
import type { Rule } from '../types.ts';

export const requestPropertyPatternChanged: Rule = patternRule({
  id: 'request-property-pattern-changed',
  severity: 'WARN',
  description: "A request property's pattern changed (whether it accepts less cannot be told in general).",
  messageTemplate: 'changed the pattern of the request property {subject} from {old} to {new}',
  scope: 'request-property',
  change: 'changed',
});
