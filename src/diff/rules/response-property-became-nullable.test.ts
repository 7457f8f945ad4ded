/** Tests of the response-property-became-nullable rule. */
import type { JsonObject } from '../../core/json.ts';
import { responsePropertyBecameNullable } from './response-property-became-nullable.ts';
import { STRING, describeRule, object, responseDoc } from '../../../test/support/rule-tests.ts';

const withName = (name: JsonObject, openapi = '3.0.3') => ({ ...responseDoc(object({ name })), openapi });

describeRule(responsePropertyBecameNullable, {
  severity: 'ERR',
  reports: [
    {
      title: 'nullable: true (3.0)',
      old: withName(STRING),
      new: withName({ type: 'string', nullable: true }),
      expect: ['getThing response 200 application/json /name'],
    },
    {
      title: 'type [string, null] (3.1)',
      old: withName(STRING, '3.1.0'),
      new: withName({ type: ['string', 'null'] }, '3.1.0'),
      expect: ['getThing response 200 application/json /name'],
    },
  ],
  quiet: [
    {
      title: '3.0 nullable compared with 3.1 type [string, null]',
      old: withName({ type: 'string', nullable: true }),
      new: withName({ type: ['string', 'null'] }, '3.1.0'),
    },
    { title: 'became not nullable', old: withName({ type: 'string', nullable: true }), new: withName(STRING) },
  ],
});
