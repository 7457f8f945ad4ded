/** Tests of the endpoint-added rule. */
import { endpointAdded } from './endpoint-added.ts';
import { doc, operation, describeRule } from '../../../test/support/rule-tests.ts';

const get = operation({ id: 'getA' });

describeRule(endpointAdded, {
  severity: 'INFO',
  reports: [
    {
      title: 'operations added to an existing and to a new path',
      old: doc({ '/a': { get } }),
      new: doc({ '/a': { get, post: operation({ id: 'createA' }) }, '/b': { get: operation({ id: 'getB' }) } }),
      expect: ['createA operation', 'getB operation'],
    },
  ],
  quiet: [
    { title: 'the same operation', old: doc({ '/a': { get } }), new: doc({ '/a': { get } }) },
    { title: 'a path parameter renamed', old: doc({ '/a/{x}': { get } }), new: doc({ '/a/{y}': { get } }) },
  ],
});
