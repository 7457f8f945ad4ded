/**
 * Text → JSON object for the live OpenAPI document: JSON when the text looks like JSON, YAML
 * (the `yaml` package) otherwise. Every problem is one `UsageError` line naming the source and,
 * for broken JSON, where it breaks. `isJsonValue` is the type guard at this parsed-JSON border.
 */
import { parseDocument } from 'yaml';
import { UsageError } from '../config/errors.ts';
import type { JsonObject, JsonValue } from './types.ts';
import { isJsonObject } from './resolve.ts';

/** True when `value` is plain JSON data (no cycles, no functions, dates or undefined). */
export function isJsonValue(value: unknown, ancestors: Set<object> = new Set<object>()): value is JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || ancestors.has(value)) return false;
  if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return false;
  ancestors.add(value);
  const ok = Object.values(value).every((child: unknown) => isJsonValue(child, ancestors));
  ancestors.delete(value);
  return ok;
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

function parseYaml(text: string, source: string): unknown {
  const document = parseDocument(text, { prettyErrors: true });
  const first = document.errors[0];
  if (first !== undefined) {
    const where = first.linePos ? ` at line ${first.linePos[0].line}, column ${first.linePos[0].col}` : '';
    const reason = (first.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    throw new UsageError(`${source}: neither JSON nor valid YAML${where}: ${reason}`);
  }
  return document.toJS({ maxAliasCount: 1000 });
}

/** A body starting with "<" is markup: an HTML page (login or error page, Swagger UI) or XML. */
function markupError(trimmed: string, source: string): UsageError | null {
  if (!trimmed.startsWith('<')) return null;
  const kind = /<(!doctype\s+html|html|head|body)[\s>]/i.test(trimmed.slice(0, 4096)) ? 'an HTML page' : 'XML or other markup';
  return new UsageError(`${source} returned ${kind}, not an OpenAPI document — is WM_OPENAPI_URL right?`);
}

/** Parses the document text; `source` (URL or file path) names it in error messages. */
export function parseDocumentText(text: string, source: string): JsonObject {
  const body = text.replace(/^\uFEFF/, '');
  const trimmed = body.trim();
  if (trimmed === '') throw new UsageError(`${source} returned an empty body, not an OpenAPI document`);
  const markup = markupError(trimmed, source);
  if (markup) throw markup;
  const parsed = trimmed.startsWith('{') || trimmed.startsWith('[') ? parseJson(body, source) : parseYaml(body, source);
  if (!isJsonValue(parsed)) throw new UsageError(`${source}: the document holds values that are not JSON data`);
  if (!isJsonObject(parsed)) {
    throw new UsageError(`${source}: expected an OpenAPI document (an object), got ${describeKind(parsed)}`);
  }
  return parsed;
}
