/** Tests of the api-path-removed-without-deprecation rule. */
import { apiPathRemovedWithoutDeprecation } from './api-path-removed-without-deprecation.ts';
import { doc, operation, describeRule } from '../../../test/support/rule-tests.ts';

const both = doc({ '/a': { get: operation({ id: 'getA' }) }, '/b': { get: operation({ id: 'getB' }) } });

describeRule(apiPathRemovedWithoutDeprecation, {
  severity: 'ERR',
  reports: [
    {
      title: 'a path and its operation removed',
      old: both,
      new: doc({ '/b': { get: operation({ id: 'getB' }) } }),
      expect: ['getA operation'],
      messages: ['/a'],
    },
  ],
  quiet: [
    {
      title: 'the removed path was deprecated',
      old: doc({ '/a': { get: operation({ id: 'getA', deprecated: true }) } }),
      new: doc({}),
    },
    {
      title: 'a path parameter renamed',
      old: doc({ '/a/{x}': { get: operation() } }),
      new: doc({ '/a/{y}': { get: operation() } }),
    },
  ],
});
