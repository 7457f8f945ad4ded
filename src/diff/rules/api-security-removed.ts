/**
 * Rule api-security-removed (ERR, oasdiff's ID and severity): a security requirement was removed
 * from an operation's alternatives.
 * Compared on the operation's effective requirements, where either side declares its own
 * `security` (see kit/security-rules.ts).
 */
import { securityRule } from '../kit/security-rules.ts';
import type { Rule } from '../types.ts';

export const apiSecurityRemoved: Rule = securityRule({
  id: 'api-security-removed',
  severity: 'ERR',
  description: "A security requirement was removed from an operation's alternatives.",
  messageTemplate: 'the security requirement {security} was removed from the operation',
  level: 'operation',
  change: 'removed',
});
