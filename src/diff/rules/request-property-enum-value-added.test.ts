/** Tests of the request-property-enum-value-added rule (also through an `allOf` wrapper of a `$ref`, as the Hub API v2 writes them). */
import { requestPropertyEnumValueAdded } from './request-property-enum-value-added.ts';
import { describeRule, object, requestDoc } from '../../../test/support/rule-tests.ts';

const withRole = (...values: string[]) => requestDoc(object({ role: { type: 'string', enum: values } }));
const withRoleComponent = (...values: string[]) =>
  requestDoc(object({ role: { description: 'The role.', allOf: [{ $ref: '#/components/schemas/Role' }] } }), {
    components: { schemas: { Role: { type: 'string', enum: values } } },
  });

describeRule(requestPropertyEnumValueAdded, {
  severity: 'INFO',
  reports: [
    {
      title: 'a value added',
      old: withRole('editor'),
      new: withRole('editor', 'viewer'),
      expect: ['createThing request body application/json /role'],
      messages: ['"viewer"'],
    },
    {
      title: 'a value added to the enum of a component reached through allOf',
      old: withRoleComponent('editor'),
      new: withRoleComponent('editor', 'commenter'),
      expect: ['createThing request body application/json /role'],
      messages: ['"commenter"'],
    },
  ],
  quiet: [
    { title: 'a value removed', old: withRole('editor', 'viewer'), new: withRole('editor') },
    { title: 'the same values in another order', old: withRole('editor', 'viewer'), new: withRole('viewer', 'editor') },
  ],
});
