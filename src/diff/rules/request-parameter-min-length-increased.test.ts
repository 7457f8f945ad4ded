/** Tests of the request-parameter-min-length-increased rule. */
import { requestParameterMinLengthIncreased } from './request-parameter-min-length-increased.ts';
import { describeRule, param, parameterDoc } from '../../../test/support/rule-tests.ts';

const withQ = (keywords: Record<string, number | string | string[]>) =>
  parameterDoc(param('query', 'q', { type: 'string', ...keywords }));

describeRule(requestParameterMinLengthIncreased, {
  severity: 'ERR',
  reports: [
    {
      title: '1 to 2',
      old: withQ({ minLength: 1 }),
      new: withQ({ minLength: 2 }),
      expect: ['listThings query parameter q'],
      messages: ['from 1 to 2'],
    },
  ],
  quiet: [{ title: 'minLength decreased', old: withQ({ minLength: 2 }), new: withQ({ minLength: 1 }) }],
});
