/** Tests of the response-property-enum-value-removed rule. */
import { responsePropertyEnumValueRemoved } from './response-property-enum-value-removed.ts';
import { describeRule, object, responseDoc } from '../../../test/support/rule-tests.ts';

const withStatus = (...values: string[]) => responseDoc(object({ status: { type: 'string', enum: values } }));
const withStatusComponent = (...values: string[]) =>
  responseDoc(object({ status: { allOf: [{ $ref: '#/components/schemas/Status' }] } }), {
    components: { schemas: { Status: { type: 'string', enum: values } } },
  });

describeRule(responsePropertyEnumValueRemoved, {
  severity: 'INFO',
  reports: [
    {
      title: 'a value removed',
      old: withStatus('open', 'done', 'archived'),
      new: withStatus('open', 'done'),
      expect: ['getThing response 200 application/json /status'],
      messages: ['"archived"'],
    },
    {
      title: 'a value removed from a component reached through allOf',
      old: withStatusComponent('open', 'done'),
      new: withStatusComponent('open'),
      expect: ['getThing response 200 application/json /status'],
      messages: ['"done"'],
    },
  ],
  quiet: [{ title: 'a value added', old: withStatus('open'), new: withStatus('open', 'done') }],
});
