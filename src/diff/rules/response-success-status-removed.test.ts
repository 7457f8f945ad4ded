/** Tests of the response-success-status-removed rule. */
import { responseSuccessStatusRemoved } from './response-success-status-removed.ts';
import { doc, operation, describeRule } from '../../../test/support/rule-tests.ts';
import type { JsonObject } from '../../core/json.ts';

function withStatuses(...statuses: string[]): JsonObject {
  const responses = Object.fromEntries(statuses.map((status) => [status, { description: status }]));
  return doc({ '/things': { get: operation({ id: 'getThing', responses }) } });
}

describeRule(responseSuccessStatusRemoved, {
  severity: 'ERR',
  reports: [
    {
      title: '200 removed, 201 added',
      old: withStatuses('200', '404'),
      new: withStatuses('201', '404'),
      expect: ['getThing response 200'],
    },
  ],
  quiet: [{ title: 'an error status removed', old: withStatuses('200', '404'), new: withStatuses('200') }],
});
