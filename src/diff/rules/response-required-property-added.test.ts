/** Tests of the response-required-property-added rule. */
import { responseRequiredPropertyAdded } from './response-required-property-added.ts';
import { STRING, describeRule, object, responseDoc } from '../../../test/support/rule-tests.ts';

describeRule(responseRequiredPropertyAdded, {
  severity: 'INFO',
  reports: [
    {
      title: 'a required property added',
      old: responseDoc(object({ id: STRING })),
      new: responseDoc(object({ id: STRING, tag: STRING }, ['tag'])),
      expect: ['getThing response 200 application/json /tag'],
    },
  ],
  quiet: [
    {
      title: 'an optional property added',
      old: responseDoc(object({ id: STRING })),
      new: responseDoc(object({ id: STRING, tag: STRING })),
    },
  ],
});
