/** Tests of the api-removed-without-deprecation rule. */
import { apiRemovedWithoutDeprecation } from './api-removed-without-deprecation.ts';
import { doc, operation, describeRule } from '../../../test/support/rule-tests.ts';

const get = operation({ id: 'getA' });

describeRule(apiRemovedWithoutDeprecation, {
  severity: 'ERR',
  reports: [
    {
      title: 'an operation removed from a path that remains',
      old: doc({ '/a': { get, post: operation({ id: 'createA' }) } }),
      new: doc({ '/a': { get } }),
      expect: ['createA operation'],
    },
  ],
  quiet: [
    {
      title: 'the whole path removed',
      old: doc({ '/a': { get }, '/b': { get: operation() } }),
      new: doc({ '/b': { get: operation() } }),
    },
    {
      title: 'the removed operation was deprecated',
      old: doc({ '/a': { get, put: operation({ deprecated: true }) } }),
      new: doc({ '/a': { get } }),
    },
  ],
});
