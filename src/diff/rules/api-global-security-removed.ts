/**
 * Rule api-global-security-removed (ERR, oasdiff's ID and severity): a security requirement was
 * removed from the document's global alternatives.
 */
import { securityRule } from '../kit/security-rules.ts';
import type { Rule } from '../types.ts';

export const apiGlobalSecurityRemoved: Rule = securityRule({
  id: 'api-global-security-removed',
  severity: 'ERR',
  description: "A security requirement was removed from the document's global alternatives.",
  messageTemplate: 'the security requirement {security} was removed from the document',
  level: 'global',
  change: 'removed',
});
