/** Tests of the request-property-enum-value-removed rule. */
import { requestPropertyEnumValueRemoved } from './request-property-enum-value-removed.ts';
import { describeRule, object, requestDoc } from '../../../test/support/rule-tests.ts';

const withRole = (...values: string[]) => requestDoc(object({ role: { type: 'string', enum: values } }));

describeRule(requestPropertyEnumValueRemoved, {
  severity: 'ERR',
  reports: [
    {
      title: 'two values removed',
      old: withRole('admin', 'editor', 'viewer'),
      new: withRole('editor'),
      expect: ['createThing request body application/json /role', 'createThing request body application/json /role'],
      messages: ['"admin"', '"viewer"'],
    },
  ],
  quiet: [{ title: 'a value added', old: withRole('editor'), new: withRole('editor', 'viewer') }],
});
