/**
 * Rule api-global-security-scope-removed (INFO, oasdiff's ID and severity): a scope was removed
 * from a global security requirement.
 */
import { securityRule } from '../kit/security-rules.ts';
import type { Rule } from '../types.ts';

export const apiGlobalSecurityScopeRemoved: Rule = securityRule({
  id: 'api-global-security-scope-removed',
  severity: 'INFO',
  description: 'A scope was removed from a global security requirement.',
  messageTemplate: 'the scope {scope} was removed from the global security scheme {scheme}',
  level: 'global',
  change: 'scope-removed',
});
