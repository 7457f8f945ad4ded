/** Tests of the request-property-type-changed rule. */
import type { JsonObject } from '../../core/json.ts';
import { requestPropertyTypeChanged } from './request-property-type-changed.ts';
import { INTEGER, STRING, describeRule, object, requestDoc } from '../../../test/support/rule-tests.ts';

const withSize = (size: JsonObject) => requestDoc(object({ size }));

describeRule(requestPropertyTypeChanged, {
  severity: 'ERR',
  reports: [
    {
      title: 'string to integer',
      old: withSize(STRING),
      new: withSize(INTEGER),
      expect: ['createThing request body application/json /size'],
      messages: ['from string to integer'],
    },
    {
      title: 'number narrowed to integer',
      old: withSize({ type: 'number' }),
      new: withSize(INTEGER),
      expect: ['createThing request body application/json /size'],
    },
  ],
  quiet: [{ title: 'integer widened to number', old: withSize(INTEGER), new: withSize({ type: 'number' }) }],
});
