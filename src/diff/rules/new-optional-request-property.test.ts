/** Tests of the new-optional-request-property rule. */
import { newOptionalRequestProperty } from './new-optional-request-property.ts';
import { STRING, describeRule, object, requestDoc } from '../../../test/support/rule-tests.ts';

const base = requestDoc(object({ name: STRING }));

describeRule(newOptionalRequestProperty, {
  severity: 'INFO',
  reports: [
    {
      title: 'an optional property added',
      old: base,
      new: requestDoc(object({ name: STRING, note: STRING })),
      expect: ['createThing request body application/json /note'],
    },
  ],
  quiet: [
    {
      title: 'a required property added',
      old: base,
      new: requestDoc(object({ name: STRING, note: STRING }, ['note'])),
    },
  ],
});
