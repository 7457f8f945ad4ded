/** Tests of the request-property-min-increased rule. */
import { requestPropertyMinIncreased } from './request-property-min-increased.ts';
import { describeRule, object, requestDoc } from '../../../test/support/rule-tests.ts';

const withName = (keywords: Record<string, number | string>) =>
  requestDoc(object({ page: { type: 'integer', ...keywords } }));

describeRule(requestPropertyMinIncreased, {
  severity: 'ERR',
  reports: [
    {
      title: '0 to 1',
      old: withName({ minimum: 0 }),
      new: withName({ minimum: 1 }),
      expect: ['createThing request body application/json /page'],
      messages: ['from 0 to 1'],
    },
  ],
  quiet: [
    { title: 'minimum lowered', old: withName({ minimum: 1 }), new: withName({ minimum: 0 }) },
    { title: 'minimum removed', old: withName({ minimum: 1 }), new: withName({}) },
  ],
});
