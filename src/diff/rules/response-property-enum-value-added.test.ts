/** Tests of the response-property-enum-value-added rule. */
import { responsePropertyEnumValueAdded } from './response-property-enum-value-added.ts';
import { describeRule, object, responseDoc } from '../../../test/support/rule-tests.ts';

const withStatus = (...values: string[]) => responseDoc(object({ status: { type: 'string', enum: values } }));

describeRule(responsePropertyEnumValueAdded, {
  severity: 'WARN',
  reports: [
    {
      title: 'a value added',
      old: withStatus('open', 'done'),
      new: withStatus('open', 'done', 'archived'),
      expect: ['getThing response 200 application/json /status'],
      messages: ['"archived"'],
    },
  ],
  quiet: [{ title: 'a value removed', old: withStatus('open', 'done'), new: withStatus('open') }],
});
