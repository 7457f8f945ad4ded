/** Tests of the request-parameter-enum-value-removed rule. */
import { requestParameterEnumValueRemoved } from './request-parameter-enum-value-removed.ts';
import { describeRule, param, parameterDoc } from '../../../test/support/rule-tests.ts';

const withQ = (keywords: Record<string, number | string | string[]>) =>
  parameterDoc(param('query', 'direction', { type: 'string', ...keywords }));

describeRule(requestParameterEnumValueRemoved, {
  severity: 'ERR',
  reports: [
    {
      title: 'a value removed',
      old: withQ({ enum: ['ASC', 'DESC'] }),
      new: withQ({ enum: ['ASC'] }),
      expect: ['listThings query parameter direction'],
      messages: ['"DESC"'],
    },
  ],
  quiet: [{ title: 'a value added', old: withQ({ enum: ['ASC'] }), new: withQ({ enum: ['ASC', 'DESC'] }) }],
});
