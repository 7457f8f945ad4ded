/** Tests of the request-property-max-decreased rule. */
import { requestPropertyMaxDecreased } from './request-property-max-decreased.ts';
import { describeRule, object, requestDoc } from '../../../test/support/rule-tests.ts';

const withName = (keywords: Record<string, number | string>) =>
  requestDoc(object({ size: { type: 'integer', ...keywords } }));

describeRule(requestPropertyMaxDecreased, {
  severity: 'ERR',
  reports: [
    {
      title: '50 to 20',
      old: withName({ maximum: 50 }),
      new: withName({ maximum: 20 }),
      expect: ['createThing request body application/json /size'],
      messages: ['from 50 to 20'],
    },
  ],
  quiet: [{ title: 'maximum raised', old: withName({ maximum: 20 }), new: withName({ maximum: 50 }) }],
});
