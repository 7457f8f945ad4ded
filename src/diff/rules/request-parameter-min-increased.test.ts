/** Tests of the request-parameter-min-increased rule. */
import { requestParameterMinIncreased } from './request-parameter-min-increased.ts';
import { describeRule, param, parameterDoc } from '../../../test/support/rule-tests.ts';

const withQ = (keywords: Record<string, number | string | string[]>) =>
  parameterDoc(param('query', 'page', { type: 'integer', ...keywords }));

describeRule(requestParameterMinIncreased, {
  severity: 'ERR',
  reports: [
    {
      title: '0 to 1',
      old: withQ({ minimum: 0 }),
      new: withQ({ minimum: 1 }),
      expect: ['listThings query parameter page'],
      messages: ['from 0 to 1'],
    },
  ],
  quiet: [{ title: 'minimum lowered', old: withQ({ minimum: 1 }), new: withQ({ minimum: 0 }) }],
});
