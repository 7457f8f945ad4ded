/** Tests of the request-property-pattern-added rule. */
import { requestPropertyPatternAdded } from './request-property-pattern-added.ts';
import { describeRule, object, requestDoc } from '../../../test/support/rule-tests.ts';

const withName = (keywords: Record<string, number | string>) =>
  requestDoc(object({ fileType: { type: 'string', ...keywords } }));

describeRule(requestPropertyPatternAdded, {
  severity: 'ERR',
  reports: [
    {
      title: 'a pattern where there was none',
      old: withName({}),
      new: withName({ pattern: '^(bpmn|dmn)$' }),
      expect: ['createThing request body application/json /fileType'],
      messages: ['"^(bpmn|dmn)$"'],
    },
  ],
  quiet: [
    {
      title: 'a pattern changed',
      old: withName({ pattern: '^bpmn|dmn$' }),
      new: withName({ pattern: '^(bpmn|dmn)$' }),
    },
    { title: 'a pattern removed', old: withName({ pattern: '^bpmn|dmn$' }), new: withName({}) },
  ],
});
