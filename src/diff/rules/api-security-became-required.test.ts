/** Tests of the api-security-became-required rule. */
import { apiSecurityBecameRequired } from './api-security-became-required.ts';
import { API_KEY, BEARER, describeRule, securityDoc } from '../../../test/support/rule-tests.ts';

describeRule(apiSecurityBecameRequired, {
  severity: 'ERR',
  reports: [
    {
      title: 'an unsecured operation secured by the document',
      old: securityDoc(undefined),
      new: securityDoc(undefined, [BEARER]),
      expect: ['getThing security'],
    },
    {
      title: 'the anonymous alternative removed',
      old: securityDoc([{}, BEARER]),
      new: securityDoc([BEARER]),
      expect: ['getThing security'],
    },
  ],
  quiet: [
    { title: 'one scheme replaced by another', old: securityDoc([BEARER]), new: securityDoc([API_KEY]) },
    { title: 'still open to anonymous callers', old: securityDoc([]), new: securityDoc([{}, BEARER]) },
  ],
});
