/** Tests of the response-media-type-removed rule. */
import { responseMediaTypeRemoved } from './response-media-type-removed.ts';
import { STRING, doc, operation, describeRule } from '../../../test/support/rule-tests.ts';
import type { JsonObject } from '../../core/json.ts';

function withMediaTypes(...names: string[]): JsonObject {
  const content = Object.fromEntries(names.map((name) => [name, { schema: STRING }]));
  return doc({
    '/things': { get: operation({ id: 'getThing', responses: { '200': { description: 'OK', content } } }) },
  });
}

describeRule(responseMediaTypeRemoved, {
  severity: 'ERR',
  reports: [
    {
      title: 'XML dropped',
      old: withMediaTypes('application/json', 'application/xml'),
      new: withMediaTypes('application/json'),
      expect: ['getThing response 200 application/xml'],
    },
  ],
  quiet: [
    {
      title: 'a media type added',
      old: withMediaTypes('application/json'),
      new: withMediaTypes('application/json', 'text/plain'),
    },
  ],
});
