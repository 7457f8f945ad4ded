/** Tests of the new-request-path-parameter rule. */
import { newRequestPathParameter } from './new-request-path-parameter.ts';
import { describeRule, doc, operation, param } from '../../../test/support/rule-tests.ts';

const withParameters = (path: string, ...names: string[]) =>
  doc({ [path]: { get: operation({ id: 'getThing', parameters: names.map((name) => param('path', name)) }) } });

describeRule(newRequestPathParameter, {
  severity: 'ERR',
  reports: [
    {
      title: 'a path parameter declared that was not',
      old: withParameters('/things/{id}'),
      new: withParameters('/things/{id}', 'id'),
      expect: ['getThing path parameter id'],
    },
  ],
  quiet: [
    {
      title: 'a path parameter renamed',
      old: withParameters('/things/{id}', 'id'),
      new: withParameters('/things/{thingId}', 'thingId'),
    },
  ],
});
