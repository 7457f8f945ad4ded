/**
 * Text → JSON object for the live OpenAPI document: JSON when the text looks like JSON, YAML
 * (the `yaml` package) otherwise. Every problem is one `UsageError` line naming the source and,
 * for broken JSON, where it breaks. `isJsonValue` is the type guard at this parsed-JSON border.
 * Documents built to exhaust the reader are rejected, never expanded: more than
 * MAX_DOCUMENT_BYTES of text, YAML aliases that expand past MAX_YAML_ALIASES references (an
 * alias bomb), nesting deeper than MAX_DOCUMENT_DEPTH (JSON or YAML).
 */
import { parseDocument } from 'yaml';
import { UsageError } from '../core/errors.ts';
import { isJsonObject, isJsonValue, type JsonObject, type JsonValue } from '../core/json.ts';

/** Larger documents are rejected (Web Modeler's is about 100 KB). */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
/** yaml's maxAliasCount: how many nodes aliases may expand to in all. */
export const MAX_YAML_ALIASES = 1000;
/** Deeper nesting is rejected (OpenAPI documents nest some 20 levels deep). */
export const MAX_DOCUMENT_DEPTH = 128;

function rejected(source: string, why: string): UsageError {
  return new UsageError(`document rejected: ${source}: ${why}`);
}

const TOO_DEEP = `nested deeper than ${MAX_DOCUMENT_DEPTH} levels`;

/** True when `value` nests deeper than `limit` arrays and objects (iterative: no stack to overflow). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (typeof item.value !== 'object' || item.value === null) continue;
    const depth = item.depth + 1;
    if (depth > limit) return true;
    for (const child of Object.values(item.value)) stack.push({ value: child, depth });
  }
  return false;
}

/** The deepest bracket nesting of JSON text, outside strings, capped at `limit + 1`. */
function jsonTextDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') {
      depth++;
      if (depth > max) max = depth;
      if (max > limit) return max;
    } else if (ch === '}' || ch === ']') depth--;
  }
  return max;
}

function describeKind(value: JsonValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** "Expected ',' or '}' after property value in JSON at position 6" → the reason and the position. */
function splitJsonError(message: string): { reason: string; position: number | null } {
  const firstLine = message.split('\n')[0] ?? message;
  const at = /^(.*?)(?: in JSON)? at position (\d+)/.exec(firstLine);
  if (at?.[1] !== undefined && at[2] !== undefined) return { reason: at[1], position: Number(at[2]) };
  return { reason: firstLine.replace(/, ".*" is not valid JSON$/s, ''), position: null };
}

function jsonError(text: string, source: string, error: unknown): UsageError {
  const message = error instanceof Error ? error.message : String(error);
  const { reason, position } = splitJsonError(message);
  const end = text.trimEnd().length;
  if (message.includes('Unexpected end of JSON input') || (position !== null && position >= end)) {
    return new UsageError(
      `${source}: the JSON document is truncated: it ends at ${lineAndColumn(text, end)} before it is complete`,
    );
  }
  const where = position === null ? '' : ` at ${lineAndColumn(text, position)}`;
  return new UsageError(`${source}: invalid JSON${where}: ${reason}`);
}

function parseJson(text: string, source: string): unknown {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed;
  } catch (error) {
    throw jsonError(text, source, error);
  }
}

/** For a value that nests too deep: true when it is a cycle (short to walk) rather than a deep tree. */
function isCyclic(value: unknown): boolean {
  try {
    return !isJsonValue(value);
  } catch {
    return false; // too deep to walk: a tree, not a cycle
  }
}

function isAliasBomb(error: unknown): boolean {
  return error instanceof ReferenceError && /alias/i.test(error.message);
}

function parseYaml(text: string, source: string): unknown {
  let document;
  try {
    document = parseDocument(text, { prettyErrors: true });
  } catch (error) {
    if (error instanceof RangeError) throw rejected(source, TOO_DEEP);
    throw error;
  }
  const first = document.errors[0];
  if (first !== undefined) {
    const where = first.linePos ? ` at line ${first.linePos[0].line}, column ${first.linePos[0].col}` : '';
    const reason = (first.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    if (/call stack/i.test(reason)) throw rejected(source, TOO_DEEP);
    throw new UsageError(`${source}: neither JSON nor valid YAML${where}: ${reason}`);
  }
  try {
    return document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    if (isAliasBomb(error))
      throw rejected(source, `its YAML aliases expand to more than ${MAX_YAML_ALIASES} nodes (an alias bomb?)`);
    if (error instanceof RangeError) throw rejected(source, TOO_DEEP);
    throw error;
  }
}

/** A body starting with "<" is markup: an HTML page (login or error page, Swagger UI) or XML. */
function markupError(trimmed: string, source: string): UsageError | null {
  if (!trimmed.startsWith('<')) return null;
  const kind = /<(!doctype\s+html|html|head|body)[\s>]/i.test(trimmed.slice(0, 4096))
    ? 'an HTML page'
    : 'XML or other markup';
  return new UsageError(`${source} returned ${kind}, not an OpenAPI document — is WM_OPENAPI_URL right?`);
}

/** Parses the document text; `source` (URL or file path) names it in error messages. */
export function parseDocumentText(text: string, source: string): JsonObject {
  const body = text.replace(/^\uFEFF/, '');
  const trimmed = body.trim();
  if (trimmed === '') throw new UsageError(`${source} returned an empty body, not an OpenAPI document`);
  if (Buffer.byteLength(body) > MAX_DOCUMENT_BYTES)
    throw rejected(source, `larger than ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MiB`);
  const markup = markupError(trimmed, source);
  if (markup) throw markup;
  const isJson = trimmed.startsWith('{') || trimmed.startsWith('[');
  if (isJson && jsonTextDepth(body, MAX_DOCUMENT_DEPTH) > MAX_DOCUMENT_DEPTH) throw rejected(source, TOO_DEEP);
  const parsed = isJson ? parseJson(body, source) : parseYaml(body, source);
  const notJsonData = new UsageError(`${source}: the document holds values that are not JSON data`);
  if (nestsDeeperThan(parsed, MAX_DOCUMENT_DEPTH)) {
    // Deep or cyclic (YAML aliases can form cycles): a cycle is short to walk, a deep tree is not.
    throw isCyclic(parsed) ? notJsonData : rejected(source, TOO_DEEP);
  }
  if (!isJsonValue(parsed)) throw notJsonData;
  if (!isJsonObject(parsed)) {
    throw new UsageError(`${source}: expected an OpenAPI document (an object), got ${describeKind(parsed)}`);
  }
  return parsed;
}
