/** Tests of the request-property-pattern-changed rule. */
import { requestPropertyPatternChanged } from './request-property-pattern-changed.ts';
import { describeRule, object, requestDoc } from '../../../test/support/rule-tests.ts';

const withName = (keywords: Record<string, number | string>) =>
  requestDoc(object({ fileType: { type: 'string', ...keywords } }));

describeRule(requestPropertyPatternChanged, {
  severity: 'WARN',
  reports: [
    {
      title: 'a pattern changed',
      old: withName({ pattern: '^bpmn|dmn$' }),
      new: withName({ pattern: '^(bpmn|dmn)$' }),
      expect: ['createThing request body application/json /fileType'],
      messages: ['from "^bpmn|dmn$" to "^(bpmn|dmn)$"'],
    },
  ],
  quiet: [
    { title: 'a pattern added', old: withName({}), new: withName({ pattern: '^(bpmn|dmn)$' }) },
    { title: 'the same pattern', old: withName({ pattern: '^a$' }), new: withName({ pattern: '^a$' }) },
  ],
});
