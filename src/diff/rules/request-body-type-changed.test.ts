/** Tests of the request-body-type-changed rule. */
import { requestBodyTypeChanged } from './request-body-type-changed.ts';
import { STRING, describeRule, object, requestDoc } from '../../../test/support/rule-tests.ts';

describeRule(requestBodyTypeChanged, {
  severity: 'ERR',
  reports: [
    {
      title: 'an object body became an array',
      old: requestDoc(object({ name: STRING })),
      new: requestDoc({ type: 'array', items: STRING }),
      expect: ['createThing request body application/json'],
    },
  ],
  quiet: [
    {
      title: 'a property type changed',
      old: requestDoc(object({ name: STRING })),
      new: requestDoc(object({ name: { type: 'boolean' } })),
    },
  ],
});
