/** Tests of the api-security-scope-removed rule. */
import { apiSecurityScopeRemoved } from './api-security-scope-removed.ts';
import { oauth, describeRule, securityDoc } from '../../../test/support/rule-tests.ts';

describeRule(apiSecurityScopeRemoved, {
  severity: 'INFO',
  reports: [
    {
      title: 'a scope removed',
      old: securityDoc([oauth('read', 'write')]),
      new: securityDoc([oauth('read')]),
      expect: ['getThing security'],
    },
  ],
  quiet: [{ title: 'a scope added', old: securityDoc([oauth('read')]), new: securityDoc([oauth('read', 'write')]) }],
});
