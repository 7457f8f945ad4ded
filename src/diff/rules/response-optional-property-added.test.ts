/** Tests of the response-optional-property-added rule. */
import { responseOptionalPropertyAdded } from './response-optional-property-added.ts';
import { STRING, describeRule, object, responseDoc } from '../../../test/support/rule-tests.ts';

describeRule(responseOptionalPropertyAdded, {
  severity: 'INFO',
  reports: [
    {
      title: 'an optional property added',
      old: responseDoc(object({ id: STRING })),
      new: responseDoc(object({ id: STRING, tag: STRING })),
      expect: ['getThing response 200 application/json /tag'],
    },
  ],
  quiet: [
    {
      title: 'a required property added',
      old: responseDoc(object({ id: STRING })),
      new: responseDoc(object({ id: STRING, tag: STRING }, ['tag'])),
    },
  ],
});
