/** Tests of the request-parameter-became-required rule. */
import { requestParameterBecameRequired } from './request-parameter-became-required.ts';
import { describeRule, param, parameterDoc } from '../../../test/support/rule-tests.ts';

describeRule(requestParameterBecameRequired, {
  severity: 'ERR',
  reports: [
    {
      title: 'an optional parameter became required',
      old: parameterDoc(param('query', 'q')),
      new: parameterDoc(param('query', 'q', undefined, true)),
      expect: ['listThings query parameter q'],
    },
  ],
  quiet: [
    {
      title: 'a required parameter became optional',
      old: parameterDoc(param('query', 'q', undefined, true)),
      new: parameterDoc(param('query', 'q')),
    },
  ],
});
