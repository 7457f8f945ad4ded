/** Tests of the response-body-type-changed rule. */
import { responseBodyTypeChanged } from './response-body-type-changed.ts';
import { STRING, describeRule, object, responseDoc } from '../../../test/support/rule-tests.ts';

describeRule(responseBodyTypeChanged, {
  severity: 'ERR',
  reports: [
    {
      title: 'an object became an array',
      old: responseDoc(object({ id: STRING })),
      new: responseDoc({ type: 'array', items: STRING }),
      expect: ['getThing response 200 application/json'],
    },
  ],
  quiet: [
    {
      title: 'a property type changed',
      old: responseDoc(object({ id: STRING })),
      new: responseDoc(object({ id: { type: 'boolean' } })),
    },
  ],
});
