/**
 * Rule api-global-security-added (INFO, oasdiff's ID and severity): a security requirement was
 * added to the document's global alternatives.
 */
import { securityRule } from '../kit/security-rules.ts';
import type { Rule } from '../types.ts';

export const apiGlobalSecurityAdded: Rule = securityRule({
  id: 'api-global-security-added',
  severity: 'INFO',
  description: "A security requirement was added to the document's global alternatives.",
  messageTemplate: 'the security requirement {security} was added to the document',
  level: 'global',
  change: 'added',
});
