/** Tests of the response-media-type-added rule. */
import { responseMediaTypeAdded } from './response-media-type-added.ts';
import { STRING, doc, operation, describeRule } from '../../../test/support/rule-tests.ts';
import type { JsonObject } from '../../core/json.ts';

function withMediaTypes(...names: string[]): JsonObject {
  const content = Object.fromEntries(names.map((name) => [name, { schema: STRING }]));
  return doc({
    '/things': { get: operation({ id: 'getThing', responses: { '200': { description: 'OK', content } } }) },
  });
}

describeRule(responseMediaTypeAdded, {
  severity: 'INFO',
  reports: [
    {
      title: 'YAML added',
      old: withMediaTypes('application/json'),
      new: withMediaTypes('application/json', 'application/yaml'),
      expect: ['getThing response 200 application/yaml'],
    },
  ],
  quiet: [
    {
      title: 'a media type removed',
      old: withMediaTypes('application/json', 'application/xml'),
      new: withMediaTypes('application/json'),
    },
  ],
});
