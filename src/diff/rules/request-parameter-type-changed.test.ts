/** Tests of the request-parameter-type-changed rule. */
import { requestParameterTypeChanged } from './request-parameter-type-changed.ts';
import { describeRule, param, parameterDoc } from '../../../test/support/rule-tests.ts';

const withQ = (keywords: Record<string, number | string | string[]>) =>
  parameterDoc(param('query', 'q', { description: 'q', ...keywords }));

describeRule(requestParameterTypeChanged, {
  severity: 'ERR',
  reports: [
    {
      title: 'string to integer',
      old: withQ({ type: 'string' }),
      new: withQ({ type: 'integer' }),
      expect: ['listThings query parameter q'],
      messages: ['from string to integer'],
    },
  ],
  quiet: [
    { title: 'integer widened to number', old: withQ({ type: 'integer' }), new: withQ({ type: 'number' }) },
    { title: 'the same type', old: withQ({ type: 'string' }), new: withQ({ type: 'string' }) },
  ],
});
