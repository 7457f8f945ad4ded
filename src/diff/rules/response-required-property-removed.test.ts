/** Tests of the response-required-property-removed rule. */
import { responseRequiredPropertyRemoved } from './response-required-property-removed.ts';
import { STRING, describeRule, object, responseDoc } from '../../../test/support/rule-tests.ts';

describeRule(responseRequiredPropertyRemoved, {
  severity: 'ERR',
  reports: [
    {
      title: 'a required property removed',
      old: responseDoc(object({ id: STRING, name: STRING }, ['id', 'name'])),
      new: responseDoc(object({ id: STRING }, ['id'])),
      expect: ['getThing response 200 application/json /name'],
    },
  ],
  quiet: [
    {
      title: 'an optional property removed',
      old: responseDoc(object({ id: STRING, name: STRING }, ['id'])),
      new: responseDoc(object({ id: STRING }, ['id'])),
    },
    {
      title: 'a required write-only property removed',
      old: responseDoc(object({ id: STRING, secret: { type: 'string', writeOnly: true } }, ['secret'])),
      new: responseDoc(object({ id: STRING })),
    },
  ],
});
