/**
 * Rule response-optional-property-removed (WARN; oasdiff's ID): a response property that was
 * optional was removed. Severity: oasdiff reported this as WARN until recently and now as INFO;
 * the project keeps WARN (a field clients read has vanished). Web Modeler's response DTOs
 * declare no `required`, so every removed response property lands here: run with
 * `--fail-on WARN` to fail on them.
 */
import { propertyPresenceRule } from '../kit/presence-rules.ts';
import type { Rule } from '../types.ts';

export const responseOptionalPropertyRemoved: Rule = propertyPresenceRule({
  id: 'response-optional-property-removed',
  severity: 'WARN',
  description: 'A response property that was optional was removed.',
  messageTemplate: 'removed the optional property {subject} from the response with the {status} status',
  scope: 'response-property',
  change: 'removed',
  required: false,
});
