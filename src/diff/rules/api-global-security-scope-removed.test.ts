/** Tests of the api-global-security-scope-removed rule. */
import { apiGlobalSecurityScopeRemoved } from './api-global-security-scope-removed.ts';
import { oauth, describeRule, securityDoc } from '../../../test/support/rule-tests.ts';

describeRule(apiGlobalSecurityScopeRemoved, {
  severity: 'INFO',
  reports: [
    {
      title: 'a global scope removed',
      old: securityDoc(undefined, [oauth('read', 'write')]),
      new: securityDoc(undefined, [oauth('read')]),
      expect: ['- security (document)'],
    },
  ],
  quiet: [
    {
      title: 'a global scope added',
      old: securityDoc(undefined, [oauth('read')]),
      new: securityDoc(undefined, [oauth('read', 'write')]),
    },
  ],
});
