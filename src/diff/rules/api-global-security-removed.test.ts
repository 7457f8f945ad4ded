/** Tests of the api-global-security-removed rule. */
import { apiGlobalSecurityRemoved } from './api-global-security-removed.ts';
import { API_KEY, BEARER, describeRule, securityDoc } from '../../../test/support/rule-tests.ts';

describeRule(apiGlobalSecurityRemoved, {
  severity: 'ERR',
  reports: [
    {
      title: 'a global alternative removed',
      old: securityDoc(undefined, [BEARER, API_KEY]),
      new: securityDoc(undefined, [BEARER]),
      expect: ['- security (document)'],
    },
  ],
  quiet: [
    {
      title: 'a global alternative added',
      old: securityDoc(undefined, [BEARER]),
      new: securityDoc(undefined, [BEARER, API_KEY]),
    },
  ],
});
