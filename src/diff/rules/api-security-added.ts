/**
 * Rule api-security-added (INFO, oasdiff's ID and severity): a security requirement was added to
 * an operation's alternatives.
 */
import { securityRule } from '../kit/security-rules.ts';
import type { Rule } from '../types.ts';

export const apiSecurityAdded: Rule = securityRule({
  id: 'api-security-added',
  severity: 'INFO',
  description: "A security requirement was added to an operation's alternatives.",
  messageTemplate: 'the security requirement {security} was added to the operation',
  level: 'operation',
  change: 'added',
});
