/** Tests of the request-parameter-max-length-decreased rule. */
import { requestParameterMaxLengthDecreased } from './request-parameter-max-length-decreased.ts';
import { describeRule, param, parameterDoc } from '../../../test/support/rule-tests.ts';

const withQ = (keywords: Record<string, number | string | string[]>) =>
  parameterDoc(param('query', 'q', { type: 'string', ...keywords }));

describeRule(requestParameterMaxLengthDecreased, {
  severity: 'ERR',
  reports: [
    {
      title: '255 to 64',
      old: withQ({ maxLength: 255 }),
      new: withQ({ maxLength: 64 }),
      expect: ['listThings query parameter q'],
      messages: ['from 255 to 64'],
    },
  ],
  quiet: [{ title: 'maxLength increased', old: withQ({ maxLength: 64 }), new: withQ({ maxLength: 255 }) }],
});
