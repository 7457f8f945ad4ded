/**
 * Compiled validators for the schemas of the live document, each compiled once per process
 * (per document, pointer and direction). The whole document, prepared for ajv per direction
 * (dialect.ts), is added to ajv under one id, so `#/components/schemas/X` refs from any schema
 * resolve as written, recursive schemas included; a schema is compiled as `{ $ref: id + pointer }`.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { JsonObject } from '../core/json.ts';
import type { LiveDocument, OperationModel, SchemaError, SchemaValidation } from './types.ts';
import { ajvErrorText } from './ajv-errors.ts';
import { createAjv, type AjvInstance } from './ajv.ts';
import { prepareForAjv, type Direction } from './dialect.ts';
import { resolvePointer } from './resolve.ts';

export type { Direction } from './dialect.ts';
export { matchesPattern } from './patterns.ts';

const DOCUMENT_ID = 'https://wm-conformance.invalid/live-document.json';

interface Engine {
  readonly ajv: AjvInstance;
  readonly compiled: Map<string, ValidateFunction>;
}

/** Per raw document: one engine per direction, shared by every SchemaValidators of that document. */
const engines = new WeakMap<JsonObject, Map<Direction, Engine>>();

function engineFor(doc: LiveDocument, direction: Direction): Engine {
  let perDirection = engines.get(doc.raw);
  if (!perDirection) {
    perDirection = new Map();
    engines.set(doc.raw, perDirection);
  }
  let engine = perDirection.get(direction);
  if (!engine) {
    const ajv = createAjv(doc.version);
    ajv.addSchema(prepareForAjv(doc.raw, doc.version, direction), DOCUMENT_ID);
    engine = { ajv, compiled: new Map() };
    perDirection.set(direction, engine);
  }
  return engine;
}

/** "/items/0/revision must be integer"; the root is "(root)". */
export function toSchemaError(error: ErrorObject): SchemaError {
  const path = error.instancePath;
  return { path, message: `${path === '' ? '(root)' : path} ${ajvErrorText(error)}` };
}

/** Every schema pointer an operation validates data against, with its direction. */
export function operationSchemas(operation: OperationModel): { pointer: string; direction: Direction }[] {
  const request = [
    ...operation.parameters.map((p) => p.schemaPointer),
    ...(operation.requestBody?.contents ?? []).map((c) => c.schemaPointer),
  ].flatMap((pointer) => (pointer === null ? [] : [{ pointer, direction: 'request' as const }]));
  const response = operation.responses
    .flatMap((r) => r.contents.map((c) => c.schemaPointer))
    .flatMap((pointer) => (pointer === null ? [] : [{ pointer, direction: 'response' as const }]));
  return [...request, ...response];
}

export class SchemaValidators implements SchemaValidation {
  readonly #doc: LiveDocument;

  constructor(doc: LiveDocument) {
    this.#doc = doc;
  }

  #validator(pointer: string, direction: Direction): ValidateFunction {
    const engine = engineFor(this.#doc, direction);
    let validator = engine.compiled.get(pointer);
    if (!validator) {
      if (resolvePointer(this.#doc.raw, pointer) === undefined)
        throw new Error(`no schema at ${pointer} in the live document`);
      validator = engine.ajv.compile({ $ref: `${DOCUMENT_ID}${pointer}` });
      engine.compiled.set(pointer, validator);
    }
    return validator;
  }

  /** errors (empty = valid) of `data` against the schema at `pointer`. */
  validate(pointer: string, data: unknown, direction: Direction): SchemaError[] {
    const validator = this.#validator(pointer, direction);
    if (validator(data)) return [];
    return (validator.errors ?? []).map(toSchemaError);
  }

  /** compiles every request and response schema of every operation; returns how many. */
  compileAll(): number {
    const seen = new Set<string>();
    for (const { pointer, direction } of this.#doc.operations.flatMap(operationSchemas)) {
      this.#validator(pointer, direction);
      seen.add(`${direction} ${pointer}`);
    }
    return seen.size;
  }
}
