/** Tests of the new-optional-request-parameter rule. */
import { newOptionalRequestParameter } from './new-optional-request-parameter.ts';
import { describeRule, param, parameterDoc } from '../../../test/support/rule-tests.ts';

describeRule(newOptionalRequestParameter, {
  severity: 'INFO',
  reports: [
    {
      title: 'an optional parameter added',
      old: parameterDoc(),
      new: parameterDoc(param('query', 'sort')),
      expect: ['listThings query parameter sort'],
    },
  ],
  quiet: [
    {
      title: 'a required parameter added',
      old: parameterDoc(),
      new: parameterDoc(param('query', 'sort', undefined, true)),
    },
  ],
});
