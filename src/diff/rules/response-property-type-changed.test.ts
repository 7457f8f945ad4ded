/** Tests of the response-property-type-changed rule. */
import type { JsonObject } from '../../core/json.ts';
import { responsePropertyTypeChanged } from './response-property-type-changed.ts';
import { INTEGER, STRING, describeRule, object, responseDoc } from '../../../test/support/rule-tests.ts';

const withId = (id: JsonObject) => responseDoc(object({ id }));

describeRule(responsePropertyTypeChanged, {
  severity: 'ERR',
  reports: [
    {
      title: 'integer to string',
      old: withId(INTEGER),
      new: withId(STRING),
      expect: ['getThing response 200 application/json /id'],
      messages: ['from integer to string'],
    },
    {
      title: 'a format changed',
      old: withId({ type: 'integer', format: 'int32' }),
      new: withId({ type: 'integer', format: 'int64' }),
      expect: ['getThing response 200 application/json /id'],
    },
  ],
  quiet: [
    { title: 'integer widened to number', old: withId(INTEGER), new: withId({ type: 'number' }) },
    { title: 'a format added (narrowed)', old: withId(STRING), new: withId({ type: 'string', format: 'uuid' }) },
    { title: 'the same type', old: withId(STRING), new: withId(STRING) },
  ],
});
