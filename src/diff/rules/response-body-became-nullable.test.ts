/** Tests of the response-body-became-nullable rule. */
import { responseBodyBecameNullable } from './response-body-became-nullable.ts';
import { STRING, describeRule, object, responseDoc } from '../../../test/support/rule-tests.ts';

const thing = object({ id: STRING });
const components = { components: { schemas: { Thing: thing } } };

describeRule(responseBodyBecameNullable, {
  severity: 'ERR',
  reports: [
    {
      title: 'a $ref became anyOf [$ref, null] (3.1)',
      old: responseDoc({ $ref: '#/components/schemas/Thing' }, components),
      new: responseDoc({ anyOf: [{ $ref: '#/components/schemas/Thing' }, { type: 'null' }] }, components),
      expect: ['getThing response 200 application/json'],
    },
  ],
  quiet: [
    {
      title: 'a property became nullable',
      old: responseDoc(thing),
      new: responseDoc(object({ id: { type: 'string', nullable: true } })),
    },
  ],
});
