/** Tests of the request-property-one-of-added rule. */
import { requestPropertyOneOfAdded } from './request-property-one-of-added.ts';
import { describeRule, object, requestDoc } from '../../../test/support/rule-tests.ts';
import type { JsonObject, JsonValue } from '../../core/json.ts';

const EXACT: JsonObject = { title: 'Exact value', type: 'string' };
const OPERATORS: JsonObject = { $ref: '#/components/schemas/StringOperators' };

function filterDoc(...alternatives: JsonValue[]): JsonObject {
  return requestDoc(object({ name: { oneOf: alternatives } }), {
    components: { schemas: { StringOperators: object({ $eq: { type: 'string' } }) } },
  });
}

describeRule(requestPropertyOneOfAdded, {
  severity: 'INFO',
  reports: [
    {
      title: 'an operator object added beside the plain value',
      old: filterDoc(EXACT),
      new: filterDoc(EXACT, OPERATORS),
      expect: ['createThing request body application/json /name'],
      messages: ['StringOperators'],
    },
  ],
  quiet: [
    { title: 'an alternative removed', old: filterDoc(EXACT, OPERATORS), new: filterDoc(EXACT) },
    {
      title: 'no oneOf before (a type change instead)',
      old: requestDoc(object({ name: EXACT })),
      new: filterDoc(EXACT, OPERATORS),
    },
  ],
});
