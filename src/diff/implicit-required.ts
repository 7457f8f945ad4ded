/**
 * The "implicitly required" reading of response properties. Web Modeler's documents (springdoc)
 * declare no `required` in any response schema, so read literally every response property is
 * optional and its removal only oasdiff's WARN `response-optional-property-removed`, which the
 * default gate (ERR) lets through — though clients read these fields. When the baseline declares
 * no `required` in any schema its responses reach, the classifier (with the `implicitRequired`
 * option) reads every documented response property of both documents as required, so the
 * existing rules fire with their own IDs and severities: a removed property is
 * `response-required-property-removed` (ERR); type and nullability changes keep their rules. A
 * baseline that declares `required` somewhere in its responses is read as written.
 *
 * Hand-written: a walk over the response schemas of a raw document, following `$ref`s; no
 * library answers "does any response schema declare required".
 */
import { derefObject } from '../document/resolve.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../core/json.ts';
import { collectOperations, contentOf, responsesOf } from './operations.ts';

/** The setting's name in the run's configuration and the command-line flag of `npm run diff`. */
export const IMPLICIT_REQUIRED_SETTING = 'WM_GATE_IMPLICIT_REQUIRED';
export const NO_IMPLICIT_REQUIRED_FLAG = '--no-implicit-required';

/** The one line every output of a classification read this way carries. */
export const IMPLICIT_REQUIRED_NOTE =
  'the baseline declares no required response property: its documented response properties are treated as required ' +
  `(turn off with ${IMPLICIT_REQUIRED_SETTING}=false, or ${NO_IMPLICIT_REQUIRED_FLAG} for npm run diff)`;

/** Keywords whose value is one sub-schema. */
const SCHEMA_KEYWORDS = [
  'items',
  'additionalProperties',
  'not',
  'contains',
  'propertyNames',
  'unevaluatedProperties',
  'unevaluatedItems',
];
/** Keywords whose value is a list of sub-schemas. */
const SCHEMA_LIST_KEYWORDS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
/** Keywords whose value maps names to sub-schemas. */
const SCHEMA_MAP_KEYWORDS = ['properties', 'patternProperties', 'dependentSchemas'];

function subSchemas(schema: JsonObject): JsonValue[] {
  const found: JsonValue[] = [];
  for (const key of SCHEMA_KEYWORDS) {
    const value = schema[key];
    if (value !== undefined) found.push(value);
  }
  for (const key of SCHEMA_LIST_KEYWORDS) {
    const value = schema[key];
    if (Array.isArray(value)) found.push(...value);
  }
  for (const key of SCHEMA_MAP_KEYWORDS) {
    const value = schema[key];
    if (isJsonObject(value)) found.push(...Object.values(value));
  }
  return found;
}

function declaresRequired(root: JsonObject, start: JsonValue, seen: Set<string>): boolean {
  const pending: JsonValue[] = [start];
  while (pending.length > 0) {
    const value = pending.pop();
    if (value === undefined) continue;
    const resolved = derefObject(root, value);
    if (resolved === undefined) continue;
    if (resolved.pointer !== null) {
      if (seen.has(resolved.pointer)) continue;
      seen.add(resolved.pointer);
    }
    const schema = resolved.value;
    if (Array.isArray(schema.required) && schema.required.length > 0) return true;
    pending.push(...subSchemas(schema));
  }
  return false;
}

/** True when some schema that a response of the document reaches declares a `required` property. */
export function declaresResponseRequired(doc: JsonObject): boolean {
  const seen = new Set<string>();
  for (const side of collectOperations(doc).values()) {
    for (const response of responsesOf(side).values()) {
      for (const mediaType of contentOf(response).values()) {
        if (mediaType.schema !== undefined && declaresRequired(doc, mediaType.schema, seen)) return true;
      }
    }
  }
  return false;
}

/** Whether a classification of `baseline` → live reads response properties as required. */
export function readsImplicitRequired(baseline: JsonObject, enabled: boolean): boolean {
  return enabled && !declaresResponseRequired(baseline);
}
