/** Tests of the response-property-became-optional rule. */
import { responsePropertyBecameOptional } from './response-property-became-optional.ts';
import { STRING, describeRule, object, responseDoc } from '../../../test/support/rule-tests.ts';

describeRule(responsePropertyBecameOptional, {
  severity: 'ERR',
  reports: [
    {
      title: 'a required property became optional',
      old: responseDoc(object({ id: STRING }, ['id'])),
      new: responseDoc(object({ id: STRING })),
      expect: ['getThing response 200 application/json /id'],
    },
  ],
  quiet: [
    {
      title: 'an optional property became required',
      old: responseDoc(object({ id: STRING })),
      new: responseDoc(object({ id: STRING }, ['id'])),
    },
  ],
});
