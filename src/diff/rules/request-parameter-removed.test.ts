/** Tests of the request-parameter-removed rule. */
import { requestParameterRemoved } from './request-parameter-removed.ts';
import { describeRule, param, parameterDoc } from '../../../test/support/rule-tests.ts';

describeRule(requestParameterRemoved, {
  severity: 'WARN',
  reports: [
    {
      title: 'a query parameter removed',
      old: parameterDoc(param('query', 'q')),
      new: parameterDoc(),
      expect: ['listThings query parameter q'],
    },
  ],
  quiet: [
    {
      title: 'a deprecated parameter removed',
      old: parameterDoc({ ...param('query', 'q'), deprecated: true }),
      new: parameterDoc(),
    },
  ],
});
