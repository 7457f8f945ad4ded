/** Tests of the request-body-became-required rule. */
import { requestBodyBecameRequired } from './request-body-became-required.ts';
import { STRING, describeRule, doc, jsonContent, object, operation } from '../../../test/support/rule-tests.ts';
import type { JsonObject } from '../../core/json.ts';

function withBody(body: JsonObject | undefined): JsonObject {
  return doc({
    '/things': { post: operation({ id: 'createThing', ...(body === undefined ? {} : { requestBody: body }) }) },
  });
}
const json = jsonContent(object({ name: STRING }));

describeRule(requestBodyBecameRequired, {
  severity: 'ERR',
  reports: [
    {
      title: 'an optional body became required',
      old: withBody({ ...json }),
      new: withBody({ required: true, ...json }),
      expect: ['createThing request body'],
    },
  ],
  quiet: [{ title: 'a required body added', old: withBody(undefined), new: withBody({ required: true, ...json }) }],
});
