/** Tests of the api-path-removed-with-deprecation rule. */
import { apiPathRemovedWithDeprecation } from './api-path-removed-with-deprecation.ts';
import { doc, operation, describeRule } from '../../../test/support/rule-tests.ts';

describeRule(apiPathRemovedWithDeprecation, {
  severity: 'INFO',
  reports: [
    {
      title: 'a deprecated path removed',
      old: doc({ '/a': { get: operation({ deprecated: true }) } }),
      new: doc({}),
      expect: ['GET /a operation'],
    },
  ],
  quiet: [
    {
      title: 'the removed path was not deprecated',
      old: doc({ '/a': { get: operation({ id: 'getA' }) } }),
      new: doc({}),
    },
  ],
});
