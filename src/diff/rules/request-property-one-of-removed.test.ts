/**
 * Tests of the request-property-one-of-removed rule, on filter properties written as the Hub API v2
 * writes them: a plain value or an operator object, through an `allOf` wrapper of a `$ref`.
 */
import { requestPropertyOneOfRemoved } from './request-property-one-of-removed.ts';
import { describeRule, object, requestDoc } from '../../../test/support/rule-tests.ts';
import type { JsonObject, JsonValue } from '../../core/json.ts';

const EXACT: JsonObject = { title: 'Exact value', type: 'string' };
const OPERATORS: JsonObject = { $ref: '#/components/schemas/StringOperators' };
const IN_LIST: JsonObject = { title: 'List', type: 'array', items: { type: 'string' } };

function filterDoc(...alternatives: JsonValue[]): JsonObject {
  return requestDoc(object({ name: { allOf: [{ $ref: '#/components/schemas/StringFilterProperty' }] } }), {
    components: {
      schemas: {
        StringFilterProperty: { oneOf: alternatives },
        StringOperators: object({ $eq: { type: 'string' }, $like: { type: 'string' } }),
      },
    },
  });
}

describeRule(requestPropertyOneOfRemoved, {
  severity: 'ERR',
  reports: [
    {
      title: 'the operator object removed from a filter property',
      old: filterDoc(EXACT, OPERATORS),
      new: filterDoc(EXACT),
      expect: ['createThing request body application/json /name'],
      messages: ['StringOperators'],
    },
    {
      title: 'an inline alternative (keyed by its title) removed',
      old: filterDoc(EXACT, OPERATORS, IN_LIST),
      new: filterDoc(EXACT, OPERATORS),
      expect: ['createThing request body application/json /name'],
      messages: ['List'],
    },
  ],
  quiet: [
    { title: 'an alternative added', old: filterDoc(EXACT), new: filterDoc(EXACT, OPERATORS) },
    { title: 'the alternatives in another order', old: filterDoc(EXACT, OPERATORS), new: filterDoc(OPERATORS, EXACT) },
    {
      title: 'the same alternatives written inline with other titles (a bundled specification) pair by shape',
      old: filterDoc(EXACT, OPERATORS),
      new: requestDoc(
        object({
          name: {
            oneOf: [
              { title: 'Exact match', type: 'string' },
              { title: 'Advanced filter', ...object({ $eq: { type: 'string' }, $like: { type: 'string' } }) },
            ],
          },
        }),
      ),
    },
    {
      title: 'the nullable idiom (oneOf of a schema and null) is nullability, not alternatives',
      old: requestDoc(object({ n: { oneOf: [{ type: 'string' }, { type: 'null' }] } })),
      new: requestDoc(object({ n: { type: 'string' } })),
    },
  ],
});
