/** Tests of the request-additional-properties-became-false rule. */
import { requestAdditionalPropertiesBecameFalse } from './request-additional-properties-became-false.ts';
import { describeRule, object, requestDoc, responseDoc, STRING } from '../../../test/support/rule-tests.ts';
import type { JsonObject, JsonValue } from '../../core/json.ts';

const strict = (schema: JsonObject, value: JsonValue = false): JsonObject => ({
  ...schema,
  additionalProperties: value,
});
const body = object({ name: STRING });
const nested = (inner: JsonObject): JsonObject => requestDoc(object({ filter: inner }));

describeRule(requestAdditionalPropertiesBecameFalse, {
  severity: 'ERR',
  reports: [
    {
      title: 'the request body became strict (keyword absent before)',
      old: requestDoc(body),
      new: requestDoc(strict(body)),
      expect: ['createThing request body application/json'],
      messages: ['(body)'],
    },
    {
      title: 'true → false',
      old: requestDoc(strict(body, true)),
      new: requestDoc(strict(body)),
      expect: ['createThing request body application/json'],
    },
    {
      title: 'an object inside the body became strict',
      old: nested(body),
      new: nested(strict(body)),
      expect: ['createThing request body application/json /filter'],
    },
    {
      title: 'strict through an allOf member',
      old: requestDoc({ allOf: [body] }),
      new: requestDoc({ allOf: [strict(body)] }),
      expect: ['createThing request body application/json'],
    },
  ],
  quiet: [
    { title: 'strict on both sides', old: requestDoc(strict(body)), new: requestDoc(strict(body)) },
    { title: 'strict no longer (false → absent)', old: requestDoc(strict(body)), new: requestDoc(body) },
    { title: 'a response became strict', old: responseDoc(body), new: responseDoc(strict(body)) },
  ],
});
