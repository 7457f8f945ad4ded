/** Tests of the request-parameter-pattern-changed rule. */
import { requestParameterPatternChanged } from './request-parameter-pattern-changed.ts';
import { describeRule, param, parameterDoc } from '../../../test/support/rule-tests.ts';

const withQ = (keywords: Record<string, number | string | string[]>) =>
  parameterDoc(param('query', 'q', { type: 'string', ...keywords }));

describeRule(requestParameterPatternChanged, {
  severity: 'WARN',
  reports: [
    {
      title: 'a pattern changed',
      old: withQ({ pattern: '^[a-z]*$' }),
      new: withQ({ pattern: '^[a-z]+$' }),
      expect: ['listThings query parameter q'],
      messages: ['from "^[a-z]*$" to "^[a-z]+$"'],
    },
  ],
  quiet: [{ title: 'a pattern added', old: withQ({}), new: withQ({ pattern: '^[a-z]+$' }) }],
});
