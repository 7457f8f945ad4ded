/**
 * Rule api-security-scope-removed (INFO, oasdiff's ID and severity): a scope was removed from a
 * security requirement of an operation.
 */
import { securityRule } from '../kit/security-rules.ts';
import type { Rule } from '../types.ts';

export const apiSecurityScopeRemoved: Rule = securityRule({
  id: 'api-security-scope-removed',
  severity: 'INFO',
  description: 'A scope was removed from a security requirement of an operation.',
  messageTemplate: 'the scope {scope} was removed from the security scheme {scheme} of the operation',
  level: 'operation',
  change: 'scope-removed',
});
