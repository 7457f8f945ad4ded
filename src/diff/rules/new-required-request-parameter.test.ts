/** Tests of the new-required-request-parameter rule. */
import { newRequiredRequestParameter } from './new-required-request-parameter.ts';
import { describeRule, param, parameterDoc } from '../../../test/support/rule-tests.ts';

const page = param('query', 'page');

describeRule(newRequiredRequestParameter, {
  severity: 'ERR',
  reports: [
    {
      title: 'a required query and header parameter added',
      old: parameterDoc(page),
      new: parameterDoc(page, param('query', 'q', undefined, true), param('header', 'X-Tenant', undefined, true)),
      expect: ['listThings query parameter q', 'listThings header parameter X-Tenant'],
    },
  ],
  quiet: [
    { title: 'an optional parameter added', old: parameterDoc(page), new: parameterDoc(page, param('query', 'q')) },
    {
      title: 'a header parameter only changed case',
      old: parameterDoc(param('header', 'x-tenant', undefined, true)),
      new: parameterDoc(param('header', 'X-Tenant', undefined, true)),
    },
  ],
});
