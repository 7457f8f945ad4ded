/**
 * Rule api-security-scope-added (ERR, oasdiff's ID and severity): a scope was added to a security
 * requirement of an operation.
 */
import { securityRule } from '../kit/security-rules.ts';
import type { Rule } from '../types.ts';

export const apiSecurityScopeAdded: Rule = securityRule({
  id: 'api-security-scope-added',
  severity: 'ERR',
  description: 'A scope was added to a security requirement of an operation.',
  messageTemplate: 'the scope {scope} was added to the security scheme {scheme} of the operation',
  level: 'operation',
  change: 'scope-added',
});
