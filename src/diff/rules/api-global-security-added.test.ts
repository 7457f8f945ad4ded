/** Tests of the api-global-security-added rule. */
import { apiGlobalSecurityAdded } from './api-global-security-added.ts';
import { API_KEY, BEARER, describeRule, securityDoc } from '../../../test/support/rule-tests.ts';

describeRule(apiGlobalSecurityAdded, {
  severity: 'INFO',
  reports: [
    {
      title: 'a global alternative added',
      old: securityDoc(undefined, [BEARER]),
      new: securityDoc(undefined, [BEARER, API_KEY]),
      expect: ['- security (document)'],
    },
  ],
  quiet: [{ title: 'an operation alternative added', old: securityDoc([BEARER]), new: securityDoc([BEARER, API_KEY]) }],
});
