/**
 * The ignore file of the breaking-change classifier (schemas/breaking-ignore.json): a list of
 * `{ id, operation, reason }` entries, validated with ajv against
 * schemas/breaking-ignore.schema.json; rule IDs must name rules of the registry. Any problem is
 * a one-line UsageError naming the file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { UsageError } from '../core/errors.ts';
import { isJsonObject } from '../core/json.ts';

export interface IgnoreEntry {
  readonly id: string;
  /** operationId, "METHOD /path", or "*". */
  readonly operation: string;
  readonly reason: string;
}

const SCHEMAS_DIR = resolve(import.meta.dirname, '..', '..', 'schemas');
export const DEFAULT_IGNORE_FILE = resolve(SCHEMAS_DIR, 'breaking-ignore.json');
const SCHEMA_FILE = resolve(SCHEMAS_DIR, 'breaking-ignore.schema.json');

function isIgnoreEntry(value: unknown): value is IgnoreEntry {
  return (
    isJsonObject(value) &&
    typeof value.id === 'string' &&
    typeof value.operation === 'string' &&
    typeof value.reason === 'string'
  );
}

function compileValidator(): (data: unknown) => ErrorObject[] {
  const schema: unknown = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
  if (!isJsonObject(schema)) throw new Error(`${SCHEMA_FILE} is not a JSON Schema object`);
  const validate = new Ajv({ allErrors: false, strict: true }).compile(schema);
  return (data) => (validate(data) ? [] : (validate.errors ?? []));
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the list' : `entry ${error.instancePath.replace(/^\/(\d+)/, '[$1]')}`;
  return `${where} ${error.message ?? 'is invalid'}`;
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = isJsonObject(error) && typeof error.code === 'string' ? error.code : '';
    throw new UsageError(
      code === 'ENOENT'
        ? `ignore file ${file} does not exist`
        : `ignore file ${file} cannot be read (${code || 'error'})`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError(`ignore file ${file} is not valid JSON: ${detail.split('\n')[0] ?? ''}`);
  }
}

/** Validates parsed ignore entries; `knownIds` are the rule IDs an entry may name. */
export function parseIgnoreEntries(data: unknown, file: string, knownIds: ReadonlySet<string>): IgnoreEntry[] {
  const [first] = compileValidator()(data);
  if (first !== undefined) throw new UsageError(`ignore file ${file} is invalid: ${describe(first)}`);
  const entries = Array.isArray(data) ? data.filter(isIgnoreEntry) : [];
  const unknown = entries.find((entry) => !knownIds.has(entry.id));
  if (unknown !== undefined) throw new UsageError(`ignore file ${file} names an unknown rule ID "${unknown.id}"`);
  return entries;
}

export function loadIgnoreFile(file: string, knownIds: ReadonlySet<string>): IgnoreEntry[] {
  return parseIgnoreEntries(readJson(file), file, knownIds);
}
