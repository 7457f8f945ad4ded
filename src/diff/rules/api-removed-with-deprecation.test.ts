/** Tests of the api-removed-with-deprecation rule. */
import { apiRemovedWithDeprecation } from './api-removed-with-deprecation.ts';
import { doc, operation, describeRule } from '../../../test/support/rule-tests.ts';

const get = operation({ id: 'getA' });

describeRule(apiRemovedWithDeprecation, {
  severity: 'INFO',
  reports: [
    {
      title: 'a deprecated operation removed',
      old: doc({ '/a': { get, put: operation({ id: 'putA', deprecated: true }) } }),
      new: doc({ '/a': { get } }),
      expect: ['putA operation'],
    },
  ],
  quiet: [
    {
      title: 'a non-deprecated operation removed',
      old: doc({ '/a': { get, put: operation({ id: 'putA' }) } }),
      new: doc({ '/a': { get } }),
    },
  ],
});
