/** Tests of the response-success-status-added rule. */
import { responseSuccessStatusAdded } from './response-success-status-added.ts';
import { doc, operation, describeRule } from '../../../test/support/rule-tests.ts';
import type { JsonObject } from '../../core/json.ts';

function withStatuses(...statuses: string[]): JsonObject {
  const responses = Object.fromEntries(statuses.map((status) => [status, { description: status }]));
  return doc({ '/things': { get: operation({ id: 'getThing', responses }) } });
}

describeRule(responseSuccessStatusAdded, {
  severity: 'INFO',
  reports: [
    {
      title: '201 added',
      old: withStatuses('200'),
      new: withStatuses('200', '201'),
      expect: ['getThing response 201'],
    },
  ],
  quiet: [{ title: 'an error status added', old: withStatuses('200'), new: withStatuses('200', '409') }],
});
