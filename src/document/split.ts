/**
 * The live document given as a split specification (a root file whose relative `$ref`s reach
 * other files, as Camunda publishes the Hub API v2's): bundled into one self-contained document
 * by bundle.ts (`@apidevtools/json-schema-ref-parser`), then made usable by the suite:
 *
 * - a path item that is nothing but a `$ref` pointing at nothing (the published Hub
 *   specification's root names two catalog usage searches that catalog.yaml does not define) is
 *   left out, and said so: an operation with no definition cannot be exercised or judged;
 * - any other `$ref` pointing at nothing (inside an operation or a schema) is one UsageError line
 *   naming the file and the ref: the operations using it could not be judged;
 * - the bundler inlines a shared schema where it first meets it and points every other use there,
 *   often deep inside another schema (`#/paths/…/schema/properties/a/allOf/0`); the suite's
 *   validators read a rewritten copy of each schema (dialect.ts: e.g. `nullable` without a type
 *   becomes `anyOf`), where such a pointer no longer exists. Every `$ref` target inside a schema
 *   that is not a named component is therefore copied to `components/schemas` (named after its
 *   last property, made unique) and the `$ref`s point at the copy;
 * - the bundler's internal `$ref`s point into paths as written (`#/paths/~1workspaces~1{workspaceKey}/…`),
 *   and `{` `}` are not allowed in a URI fragment (the OpenAPI meta-schema's `uri-reference`):
 *   such characters are percent-encoded, which JSON pointer resolution decodes again (RFC 6901 §6).
 *
 * Hand-written: only this policy on top of the bundling library.
 */
import { UsageError } from '../core/errors.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../core/json.ts';
import { bundleDocument, type BundleOptions } from './bundle.ts';
import { decodePointerToken, resolvePointer } from './resolve.ts';

export interface SplitDocument {
  /** The bundled document: every `$ref` in it local. */
  readonly document: JsonObject;
  /** How many files it was read from. */
  readonly files: number;
  /** Paths left out because their path item's `$ref` points at nothing. */
  readonly leftOut: readonly string[];
}

/** True for a local file path or a file: URL, false for http(s) URLs. */
export function isLocalDocument(source: string): boolean {
  return !/^https?:\/\//i.test(source);
}

function isExternalRef(value: JsonValue | undefined): value is string {
  return typeof value === 'string' && !value.startsWith('#');
}

/** True when the document has a `$ref` into another file (so it must be bundled to be read). */
export function hasExternalRefs(value: JsonValue): boolean {
  const stack: JsonValue[] = [value];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (Array.isArray(item)) stack.push(...item);
    else if (isJsonObject(item)) {
      if (isExternalRef(item.$ref)) return true;
      stack.push(...Object.values(item));
    }
  }
  return false;
}

/** "bundled from 18 files; 2 paths left out, their $ref points at nothing: /a, /b". */
export function describeSplit(split: SplitDocument): string {
  const files = `bundled from ${split.files} file${split.files === 1 ? '' : 's'}`;
  if (split.leftOut.length === 0) return files;
  const paths = split.leftOut.length === 1 ? '1 path' : `${split.leftOut.length} paths`;
  const their = split.leftOut.length === 1 ? 'its' : 'their';
  return `${files}; ${paths} left out, ${their} $ref points at nothing: ${split.leftOut.join(', ')}`;
}

/** Schema keywords that name no property: skipped when a hoisted schema is named. */
const SCHEMA_KEYWORDS = new Set(['properties', 'items', 'allOf', 'anyOf', 'oneOf', 'not', 'additionalProperties']);

function tokensOf(ref: string): string[] {
  return ref
    .slice(2)
    .split('/')
    .map((token) => decodePointerToken(token));
}

/** A target inside a schema (a media type's or parameter's `schema`, or below a named component schema). */
function isInsideSchema(ref: string): boolean {
  if (/^#\/components\/schemas\/[^/]+$/.test(ref)) return false;
  const tokens = tokensOf(ref);
  return tokens.includes('schema') || (tokens[0] === 'components' && tokens[1] === 'schemas');
}

/** "…/schema/properties/activeTenants/allOf/0" → "ActiveTenants" (unique among `taken`). */
function hoistedName(ref: string, taken: Set<string>): string {
  const tokens = tokensOf(ref);
  const start = Math.max(tokens.lastIndexOf('schema'), tokens.lastIndexOf('schemas')) + 1;
  const named = tokens.slice(start).filter((token) => !SCHEMA_KEYWORDS.has(token) && !/^\d+$/.test(token));
  const last = (named.at(-1) ?? 'Schema').replace(/[^A-Za-z0-9_.-]/g, '_');
  const base = `${last.charAt(0).toUpperCase()}${last.slice(1)}`;
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
  taken.add(name);
  return name;
}

function localRefsOf(value: JsonValue, out: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const item of value) localRefsOf(item, out);
  else if (isJsonObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string' && child.startsWith('#/')) out.add(child);
      else localRefsOf(child, out);
    }
  }
  return out;
}

function mapRefs(value: JsonValue, map: (ref: string) => string): JsonValue {
  if (Array.isArray(value)) return value.map((item) => mapRefs(item, map));
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    out[key] = key === '$ref' && typeof child === 'string' ? map(child) : mapRefs(child, map);
  }
  return out;
}

/** The document with every `$ref` target inside a schema copied to `components/schemas` (see above). */
function hoistSchemaTargets(document: JsonObject): JsonObject {
  const targets = [...localRefsOf(document, new Set())].filter(isInsideSchema).sort();
  if (targets.length === 0) return document;
  const components = isJsonObject(document.components) ? document.components : {};
  const schemas = isJsonObject(components.schemas) ? components.schemas : {};
  const taken = new Set(Object.keys(schemas));
  const moved = new Map(targets.map((ref) => [ref, `#/components/schemas/${hoistedName(ref, taken)}`]));
  const map = (ref: string): string => moved.get(ref) ?? ref;
  const copies: JsonObject = {};
  for (const [ref, to] of moved) {
    const value = resolvePointer(document, ref);
    if (value !== undefined) copies[to.slice('#/components/schemas/'.length)] = mapRefs(value, map);
  }
  const rewritten = mapRefs(document, map);
  if (!isJsonObject(rewritten)) return document;
  const rewrittenComponents = isJsonObject(rewritten.components) ? rewritten.components : {};
  const rewrittenSchemas = isJsonObject(rewrittenComponents.schemas) ? rewrittenComponents.schemas : {};
  return {
    ...rewritten,
    components: { ...rewrittenComponents, schemas: { ...rewrittenSchemas, ...copies } },
  };
}

/** Characters a URI fragment may hold as they are (RFC 3986 §3.5: pchar, "/", "?"; "%" of existing escapes). */
const FRAGMENT_SAFE = /[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]/;

/** "#/paths/~1a~1{b}" → "#/paths/~1a~1%7Bb%7D". */
export function asUriFragment(ref: string): string {
  let out = '#';
  for (const char of ref.slice(1)) out += FRAGMENT_SAFE.test(char) ? char : encodeURIComponent(char);
  return out;
}

/** A copy of `value` with every local `$ref` a valid URI fragment. */
function withUriFragments(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(withUriFragments);
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    out[key] =
      key === '$ref' && typeof child === 'string' && child.startsWith('#')
        ? asUriFragment(child)
        : withUriFragments(child);
  }
  return out;
}

/** Bundles `source` (path, file: URL or http(s) URL) and applies the policy above. */
export async function loadSplitDocument(source: string, options: BundleOptions = {}): Promise<SplitDocument> {
  const { document, files, unresolved } = await bundleDocument(source, options);
  const leftOut: string[] = [];
  const leftOutRefs: string[] = [];
  let paths = document.paths;
  if (isJsonObject(paths)) {
    const kept: JsonObject = {};
    for (const [path, item] of Object.entries(paths)) {
      const ref = isJsonObject(item) && Object.keys(item).length === 1 ? item.$ref : undefined;
      if (isExternalRef(ref)) {
        leftOut.push(path);
        leftOutRefs.push(`$ref ${ref.slice(ref.indexOf('#'))} `);
      } else kept[path] = item;
    }
    paths = kept;
  }
  const result: JsonObject = paths === undefined ? document : { ...document, paths };
  if (hasExternalRefs(result)) {
    const others = unresolved.filter((line) => !leftOutRefs.some((ref) => line.includes(ref)));
    const more = others.length > 1 ? ` (and ${others.length - 1} more)` : '';
    throw new UsageError(
      `${source}: the document cannot be bundled: ${others[0] ?? 'a $ref points at nothing'}${more}`,
    );
  }
  const encoded = withUriFragments(hoistSchemaTargets(result));
  return { document: isJsonObject(encoded) ? encoded : result, files, leftOut };
}
