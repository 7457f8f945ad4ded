/** Tests of the api-security-added rule. */
import { apiSecurityAdded } from './api-security-added.ts';
import { API_KEY, BEARER, describeRule, securityDoc } from '../../../test/support/rule-tests.ts';

describeRule(apiSecurityAdded, {
  severity: 'INFO',
  reports: [
    {
      title: 'an alternative added',
      old: securityDoc([BEARER]),
      new: securityDoc([BEARER, API_KEY]),
      expect: ['getThing security'],
    },
  ],
  quiet: [{ title: 'an alternative removed', old: securityDoc([BEARER, API_KEY]), new: securityDoc([BEARER]) }],
});
