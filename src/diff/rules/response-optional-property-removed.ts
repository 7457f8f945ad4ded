/**
 * Rule response-optional-property-removed (WARN; oasdiff's ID): a response property that was
 * optional was removed. Severity: oasdiff reported this as WARN until recently and now as INFO;
 * the project keeps WARN (a field clients read has vanished). Web Modeler's response DTOs
 * declare no `required`, so read as written every removed response property would land here;
 * the gate and `npm run diff` read such a baseline's documented response properties as required
 * (src/diff/implicit-required.ts), which makes the removal response-required-property-removed
 * (ERR) instead. This rule reports removals from baselines that declare `required` themselves,
 * or with that reading turned off.
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
