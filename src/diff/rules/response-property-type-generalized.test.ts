/** Tests of the response-property-type-generalized rule. */
import type { JsonObject } from '../../core/json.ts';
import { responsePropertyTypeGeneralized } from './response-property-type-generalized.ts';
import { INTEGER, STRING, describeRule, object, responseDoc } from '../../../test/support/rule-tests.ts';

const withId = (id: JsonObject) => responseDoc(object({ id }));

describeRule(responsePropertyTypeGeneralized, {
  severity: 'ERR',
  reports: [
    {
      title: 'integer widened to number',
      old: withId(INTEGER),
      new: withId({ type: 'number' }),
      expect: ['getThing response 200 application/json /id'],
    },
    {
      title: 'a second type allowed (3.1)',
      old: withId(STRING),
      new: withId({ type: ['string', 'integer'] }),
      expect: ['getThing response 200 application/json /id'],
    },
  ],
  quiet: [{ title: 'integer to string', old: withId(INTEGER), new: withId(STRING) }],
});
