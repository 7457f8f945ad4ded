/** Tests of the response-optional-property-removed rule. */
import type { JsonObject } from '../../core/json.ts';
import { responseOptionalPropertyRemoved } from './response-optional-property-removed.ts';
import { INTEGER, STRING, describeRule, object, responseDoc } from '../../../test/support/rule-tests.ts';

const ref = { $ref: '#/components/schemas/Thing' };
const components = (meta: JsonObject) => ({
  components: { schemas: { Thing: object({ meta: { $ref: '#/components/schemas/Meta' } }), Meta: meta } },
});

describeRule(responseOptionalPropertyRemoved, {
  severity: 'WARN',
  reports: [
    {
      title: 'an optional property removed',
      old: responseDoc(object({ id: STRING, name: STRING })),
      new: responseDoc(object({ id: STRING })),
      expect: ['getThing response 200 application/json /name'],
    },
    {
      title: 'a nested property removed behind $refs',
      old: responseDoc(ref, components(object({ revision: INTEGER, name: STRING }))),
      new: responseDoc(ref, components(object({ name: STRING }))),
      expect: ['getThing response 200 application/json /meta/revision'],
      messages: ['meta/revision'],
    },
  ],
  quiet: [
    {
      title: 'a required property removed',
      old: responseDoc(object({ id: STRING }, ['id'])),
      new: responseDoc(object({})),
    },
  ],
});
