/** Tests of the request-property-became-required rule. */
import { requestPropertyBecameRequired } from './request-property-became-required.ts';
import { STRING, describeRule, object, requestDoc } from '../../../test/support/rule-tests.ts';

const readOnly = { type: 'string', readOnly: true };

describeRule(requestPropertyBecameRequired, {
  severity: 'ERR',
  reports: [
    {
      title: 'an optional property became required',
      old: requestDoc(object({ name: STRING })),
      new: requestDoc(object({ name: STRING }, ['name'])),
      expect: ['createThing request body application/json /name'],
    },
  ],
  quiet: [
    {
      title: 'a read-only property became required',
      old: requestDoc(object({ id: readOnly })),
      new: requestDoc(object({ id: readOnly }, ['id'])),
    },
    {
      title: 'a required property became optional',
      old: requestDoc(object({ name: STRING }, ['name'])),
      new: requestDoc(object({ name: STRING })),
    },
  ],
});
