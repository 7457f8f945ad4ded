/** Tests of the api-security-scope-added rule. */
import { apiSecurityScopeAdded } from './api-security-scope-added.ts';
import { oauth, describeRule, securityDoc } from '../../../test/support/rule-tests.ts';

describeRule(apiSecurityScopeAdded, {
  severity: 'ERR',
  reports: [
    {
      title: 'a scope added',
      old: securityDoc([oauth('read')]),
      new: securityDoc([oauth('read', 'write')]),
      expect: ['getThing security'],
    },
  ],
  quiet: [{ title: 'a scope removed', old: securityDoc([oauth('read', 'write')]), new: securityDoc([oauth('read')]) }],
});
