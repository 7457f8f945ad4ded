/** Tests of the api-path-added rule. */
import { apiPathAdded } from './api-path-added.ts';
import { doc, operation, describeRule } from '../../../test/support/rule-tests.ts';

const get = operation({ id: 'getA' });

describeRule(apiPathAdded, {
  severity: 'INFO',
  reports: [
    {
      title: 'a new path',
      old: doc({ '/a': { get } }),
      new: doc({ '/a': { get }, '/b': { get: operation() } }),
      expect: ['- path'],
      messages: ['/b'],
    },
  ],
  quiet: [
    {
      title: 'a new operation on an existing path',
      old: doc({ '/a': { get } }),
      new: doc({ '/a': { get, post: operation() } }),
    },
  ],
});
