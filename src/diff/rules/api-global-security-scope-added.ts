/**
 * Rule api-global-security-scope-added (ERR, oasdiff's ID and severity): a scope was added to a
 * global security requirement.
 */
import { securityRule } from '../kit/security-rules.ts';
import type { Rule } from '../types.ts';

export const apiGlobalSecurityScopeAdded: Rule = securityRule({
  id: 'api-global-security-scope-added',
  severity: 'ERR',
  description: 'A scope was added to a global security requirement.',
  messageTemplate: 'the scope {scope} was added to the global security scheme {scheme}',
  level: 'global',
  change: 'scope-added',
});
