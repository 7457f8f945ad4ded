/** Tests of the request-property-became-not-nullable rule. */
import { requestPropertyBecameNotNullable } from './request-property-became-not-nullable.ts';
import { STRING, describeRule, object, requestDoc } from '../../../test/support/rule-tests.ts';

describeRule(requestPropertyBecameNotNullable, {
  severity: 'ERR',
  reports: [
    {
      title: 'nullable no more',
      old: requestDoc(object({ folderId: { type: 'string', nullable: true } })),
      new: requestDoc(object({ folderId: STRING })),
      expect: ['createThing request body application/json /folderId'],
    },
  ],
  quiet: [
    {
      title: 'became nullable',
      old: requestDoc(object({ folderId: STRING })),
      new: requestDoc(object({ folderId: { type: 'string', nullable: true } })),
    },
  ],
});
