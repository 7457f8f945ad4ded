/** Tests of the request-property-max-length-decreased rule. */
import { requestPropertyMaxLengthDecreased } from './request-property-max-length-decreased.ts';
import { describeRule, object, requestDoc } from '../../../test/support/rule-tests.ts';

const withName = (keywords: Record<string, number | string>) =>
  requestDoc(object({ name: { type: 'string', ...keywords } }));

describeRule(requestPropertyMaxLengthDecreased, {
  severity: 'ERR',
  reports: [
    {
      title: '255 to 100',
      old: withName({ maxLength: 255 }),
      new: withName({ maxLength: 100 }),
      expect: ['createThing request body application/json /name'],
      messages: ['from 255 to 100'],
    },
  ],
  quiet: [
    { title: 'maxLength increased', old: withName({ maxLength: 100 }), new: withName({ maxLength: 255 }) },
    { title: 'maxLength unchanged', old: withName({ maxLength: 255 }), new: withName({ maxLength: 255 }) },
    { title: 'maxLength set where there was none', old: withName({}), new: withName({ maxLength: 100 }) },
  ],
});
