/** Tests of the request-property-removed rule. */
import { requestPropertyRemoved } from './request-property-removed.ts';
import { STRING, describeRule, object, requestDoc } from '../../../test/support/rule-tests.ts';

describeRule(requestPropertyRemoved, {
  severity: 'WARN',
  reports: [
    {
      title: 'an optional and a required property removed',
      old: requestDoc(object({ a: STRING, b: STRING, c: STRING }, ['b'])),
      new: requestDoc(object({ c: STRING })),
      expect: ['createThing request body application/json /a', 'createThing request body application/json /b'],
    },
  ],
  quiet: [
    {
      title: 'a read-only property removed',
      old: requestDoc(object({ id: { type: 'string', readOnly: true }, c: STRING })),
      new: requestDoc(object({ c: STRING })),
    },
  ],
});
