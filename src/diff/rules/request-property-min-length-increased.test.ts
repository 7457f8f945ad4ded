/** Tests of the request-property-min-length-increased rule. */
import { requestPropertyMinLengthIncreased } from './request-property-min-length-increased.ts';
import { describeRule, object, requestDoc } from '../../../test/support/rule-tests.ts';

const withName = (keywords: Record<string, number | string>) =>
  requestDoc(object({ name: { type: 'string', ...keywords } }));

describeRule(requestPropertyMinLengthIncreased, {
  severity: 'ERR',
  reports: [
    {
      title: '1 to 3',
      old: withName({ minLength: 1 }),
      new: withName({ minLength: 3 }),
      expect: ['createThing request body application/json /name'],
      messages: ['from 1 to 3'],
    },
  ],
  quiet: [
    { title: 'minLength decreased', old: withName({ minLength: 3 }), new: withName({ minLength: 1 }) },
    { title: 'minLength unchanged', old: withName({ minLength: 1 }), new: withName({ minLength: 1 }) },
  ],
});
