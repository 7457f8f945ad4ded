/** Tests of the request-parameter-pattern-added rule. */
import { requestParameterPatternAdded } from './request-parameter-pattern-added.ts';
import { describeRule, param, parameterDoc } from '../../../test/support/rule-tests.ts';

const withQ = (keywords: Record<string, number | string | string[]>) =>
  parameterDoc(param('query', 'q', { type: 'string', ...keywords }));

describeRule(requestParameterPatternAdded, {
  severity: 'ERR',
  reports: [
    {
      title: 'a pattern where there was none',
      old: withQ({}),
      new: withQ({ pattern: '^[a-z]+$' }),
      expect: ['listThings query parameter q'],
      messages: ['"^[a-z]+$"'],
    },
  ],
  quiet: [{ title: 'a pattern changed', old: withQ({ pattern: '^[a-z]*$' }), new: withQ({ pattern: '^[a-z]+$' }) }],
});
