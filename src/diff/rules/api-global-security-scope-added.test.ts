/** Tests of the api-global-security-scope-added rule. */
import { apiGlobalSecurityScopeAdded } from './api-global-security-scope-added.ts';
import { oauth, describeRule, securityDoc } from '../../../test/support/rule-tests.ts';

describeRule(apiGlobalSecurityScopeAdded, {
  severity: 'ERR',
  reports: [
    {
      title: 'a global scope added',
      old: securityDoc(undefined, [oauth('read')]),
      new: securityDoc(undefined, [oauth('read', 'write')]),
      expect: ['- security (document)'],
    },
  ],
  quiet: [
    {
      title: 'a global scope removed',
      old: securityDoc(undefined, [oauth('read', 'write')]),
      new: securityDoc(undefined, [oauth('read')]),
    },
  ],
});
