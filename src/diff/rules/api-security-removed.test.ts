/** Tests of the api-security-removed rule. */
import { apiSecurityRemoved } from './api-security-removed.ts';
import { API_KEY, BEARER, describeRule, securityDoc } from '../../../test/support/rule-tests.ts';

describeRule(apiSecurityRemoved, {
  severity: 'ERR',
  reports: [
    {
      title: 'an alternative removed',
      old: securityDoc([BEARER, API_KEY]),
      new: securityDoc([BEARER]),
      expect: ['getThing security'],
    },
  ],
  quiet: [
    {
      title: 'moved from the operation to the document',
      old: securityDoc([BEARER]),
      new: securityDoc(undefined, [BEARER]),
    },
    { title: 'an alternative added', old: securityDoc([BEARER]), new: securityDoc([BEARER, API_KEY]) },
  ],
});
