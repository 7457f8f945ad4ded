/** Tests of the response-non-success-status-removed rule. */
import { responseNonSuccessStatusRemoved } from './response-non-success-status-removed.ts';
import { doc, operation, describeRule } from '../../../test/support/rule-tests.ts';
import type { JsonObject } from '../../core/json.ts';

function withStatuses(...statuses: string[]): JsonObject {
  const responses = Object.fromEntries(statuses.map((status) => [status, { description: status }]));
  return doc({ '/things': { get: operation({ id: 'getThing', responses }) } });
}

describeRule(responseNonSuccessStatusRemoved, {
  severity: 'INFO',
  reports: [
    {
      title: '404 and default removed',
      old: withStatuses('200', '404', 'default'),
      new: withStatuses('200'),
      expect: ['getThing response 404', 'getThing response default'],
    },
  ],
  quiet: [{ title: 'a success status removed', old: withStatuses('200', '204'), new: withStatuses('204') }],
});
