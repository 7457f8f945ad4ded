/** Tests of the request-property-max-length-set rule. */
import { requestPropertyMaxLengthSet } from './request-property-max-length-set.ts';
import { describeRule, object, requestDoc } from '../../../test/support/rule-tests.ts';

const withName = (keywords: Record<string, number | string>) =>
  requestDoc(object({ name: { type: 'string', ...keywords } }));

describeRule(requestPropertyMaxLengthSet, {
  severity: 'ERR',
  reports: [
    {
      title: 'none to 100',
      old: withName({}),
      new: withName({ maxLength: 100 }),
      expect: ['createThing request body application/json /name'],
      messages: ['set to 100'],
    },
  ],
  quiet: [
    { title: 'maxLength decreased', old: withName({ maxLength: 255 }), new: withName({ maxLength: 100 }) },
    { title: 'maxLength removed', old: withName({ maxLength: 255 }), new: withName({}) },
  ],
});
