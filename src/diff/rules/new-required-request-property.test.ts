/** Tests of the new-required-request-property rule. */
import { newRequiredRequestProperty } from './new-required-request-property.ts';
import { STRING, describeRule, object, requestDoc } from '../../../test/support/rule-tests.ts';

const base = requestDoc(object({ name: STRING }));

describeRule(newRequiredRequestProperty, {
  severity: 'ERR',
  reports: [
    {
      title: 'a required property added',
      old: base,
      new: requestDoc(object({ name: STRING, kind: STRING }, ['kind'])),
      expect: ['createThing request body application/json /kind'],
    },
    {
      title: 'a required property added to a nested object',
      old: requestDoc(object({ owner: object({ email: STRING }) })),
      new: requestDoc(object({ owner: object({ email: STRING, role: STRING }, ['role']) })),
      expect: ['createThing request body application/json /owner/role'],
    },
  ],
  quiet: [
    { title: 'an optional property added', old: base, new: requestDoc(object({ name: STRING, kind: STRING })) },
    {
      title: 'a required read-only property added',
      old: base,
      new: requestDoc(object({ name: STRING, id: { type: 'string', readOnly: true } }, ['id'])),
    },
  ],
});
