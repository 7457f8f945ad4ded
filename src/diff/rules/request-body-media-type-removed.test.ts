/** Tests of the request-body-media-type-removed rule. */
import { requestBodyMediaTypeRemoved } from './request-body-media-type-removed.ts';
import { STRING, doc, operation, describeRule } from '../../../test/support/rule-tests.ts';
import type { JsonObject } from '../../core/json.ts';

function withBodyTypes(...names: string[]): JsonObject {
  const content = Object.fromEntries(names.map((name) => [name, { schema: STRING }]));
  return doc({ '/things': { post: operation({ id: 'createThing', requestBody: { content } }) } });
}

describeRule(requestBodyMediaTypeRemoved, {
  severity: 'ERR',
  reports: [
    {
      title: 'form bodies no longer accepted',
      old: withBodyTypes('application/json', 'application/x-www-form-urlencoded'),
      new: withBodyTypes('application/json'),
      expect: ['createThing request body application/x-www-form-urlencoded'],
    },
  ],
  quiet: [
    {
      title: 'a media type added',
      old: withBodyTypes('application/json'),
      new: withBodyTypes('application/json', 'application/xml'),
    },
  ],
});
