/** Tests of the request-property-removed-from-strict-body rule (and that request-property-removed leaves such removals to it). */
import { expect, test } from '@playwright/test';
import { requestPropertyRemovedFromStrictBody } from './request-property-removed-from-strict-body.ts';
import { requestPropertyRemoved } from './request-property-removed.ts';
import { brief, describeRule, object, requestDoc, run, STRING } from '../../../test/support/rule-tests.ts';
import type { JsonObject } from '../../core/json.ts';

const strict = (schema: JsonObject): JsonObject => ({ ...schema, additionalProperties: false });
const both = object({ name: STRING, content: STRING }, ['name']);
const nameOnly = object({ name: STRING }, ['name']);

describeRule(requestPropertyRemovedFromStrictBody, {
  severity: 'ERR',
  reports: [
    {
      title: 'a property removed from a strict request body',
      old: requestDoc(strict(both)),
      new: requestDoc(strict(nameOnly)),
      expect: ['createThing request body application/json /content'],
      messages: ['content'],
    },
    {
      title: 'a property removed as the body became strict',
      old: requestDoc(both),
      new: requestDoc(strict(nameOnly)),
      expect: ['createThing request body application/json /content'],
    },
    {
      title: 'strict through an allOf member',
      old: requestDoc({ allOf: [strict(both)] }),
      new: requestDoc({ allOf: [strict(nameOnly)] }),
      expect: ['createThing request body application/json /content'],
    },
  ],
  quiet: [
    { title: 'removed from a body that accepts other properties', old: requestDoc(both), new: requestDoc(nameOnly) },
    { title: 'removed from a body no longer strict', old: requestDoc(strict(both)), new: requestDoc(nameOnly) },
  ],
});

test('request-property-removed (WARN) does not report a removal from a strict body, and still reports the others', () => {
  expect(brief(run(requestPropertyRemoved, requestDoc(strict(both)), requestDoc(strict(nameOnly))))).toEqual([]);
  expect(brief(run(requestPropertyRemoved, requestDoc(both), requestDoc(nameOnly)))).toEqual([
    'createThing request body application/json /content',
  ]);
});
