/** Tests of the request-parameter-max-decreased rule. */
import { requestParameterMaxDecreased } from './request-parameter-max-decreased.ts';
import { describeRule, param, parameterDoc } from '../../../test/support/rule-tests.ts';

const withQ = (keywords: Record<string, number | string | string[]>) =>
  parameterDoc(param('query', 'size', { type: 'integer', ...keywords }));

describeRule(requestParameterMaxDecreased, {
  severity: 'ERR',
  reports: [
    {
      title: '50 to 10',
      old: withQ({ maximum: 50 }),
      new: withQ({ maximum: 10 }),
      expect: ['listThings query parameter size'],
      messages: ['from 50 to 10'],
    },
  ],
  quiet: [
    { title: 'maximum raised', old: withQ({ maximum: 10 }), new: withQ({ maximum: 50 }) },
    { title: 'maximum unchanged', old: withQ({ maximum: 50 }), new: withQ({ maximum: 50 }) },
  ],
});
