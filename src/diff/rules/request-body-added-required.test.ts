/** Tests of the request-body-added-required rule. */
import { requestBodyAddedRequired } from './request-body-added-required.ts';
import { STRING, describeRule, doc, jsonContent, object, operation } from '../../../test/support/rule-tests.ts';
import type { JsonObject } from '../../core/json.ts';

function withBody(body: JsonObject | undefined): JsonObject {
  return doc({
    '/things': { post: operation({ id: 'createThing', ...(body === undefined ? {} : { requestBody: body }) }) },
  });
}
const json = jsonContent(object({ name: STRING }));

describeRule(requestBodyAddedRequired, {
  severity: 'ERR',
  reports: [
    {
      title: 'a required body added',
      old: withBody(undefined),
      new: withBody({ required: true, ...json }),
      expect: ['createThing request body'],
    },
  ],
  quiet: [{ title: 'an optional body added', old: withBody(undefined), new: withBody({ ...json }) }],
});
