/**
 * Checks that a parsed document is one the suite can read: OpenAPI 3.0.x or 3.1.x, every
 * `$ref` local and resolving (checked first, so the line names where a bad ref is used), valid
 * against the official meta-schema (@seriousme/openapi-schema-validator), at least one
 * operation. Each problem is one `UsageError` line.
 */
import type { ErrorObject } from 'ajv';
import { Validator } from '@seriousme/openapi-schema-validator';
import { UsageError } from '../core/errors.ts';
import { HTTP_METHODS, type OpenApiVersion } from './types.ts';
import { ajvErrorText, isSummaryError } from './ajv-errors.ts';
import { findRefProblems, type RefProblem } from './refs.ts';
import { derefObject } from './resolve.ts';
import { isJsonObject, type JsonObject } from '../core/json.ts';

const SUPPORTED = 'the suite reads OpenAPI 3.0 and 3.1';
const MAX_LISTED_ERRORS = 3;

function checkVersion(raw: JsonObject, source: string): { openapi: string; version: OpenApiVersion } {
  if (raw.swagger !== undefined) {
    throw new UsageError(`${source}: OpenAPI 2.0 (Swagger) documents are not supported; ${SUPPORTED}`);
  }
  const openapi = raw.openapi;
  if (openapi === undefined) {
    throw new UsageError(`${source}: not an OpenAPI document: it has no "openapi" field; ${SUPPORTED}`);
  }
  if (typeof openapi !== 'string') {
    throw new UsageError(
      `${source}: the "openapi" field must be a version string like "3.0.3", got ${JSON.stringify(openapi)}`,
    );
  }
  const match = /^3\.([01])\.\d+(?:-[0-9A-Za-z.-]+)?$/.exec(openapi);
  if (match?.[1] === undefined) {
    throw new UsageError(`${source}: OpenAPI ${openapi} is not supported; ${SUPPORTED}`);
  }
  return { openapi, version: match[1] === '0' ? '3.0' : '3.1' };
}

function errorLine(error: ErrorObject): string {
  return `#${error.instancePath} ${ajvErrorText(error)}`;
}

/** The first few distinct meta-schema errors, combinator echoes left out when others exist. */
export function summarizeMetaSchemaErrors(errors: readonly ErrorObject[]): string {
  const specific = errors.filter(
    (e) => !isSummaryError(e) && !(e.keyword === 'required' && e.params.missingProperty === '$ref'),
  );
  const lines = [...new Set((specific.length > 0 ? specific : errors).map(errorLine))];
  const listed = lines.slice(0, MAX_LISTED_ERRORS).join('; ');
  const more = lines.length > MAX_LISTED_ERRORS ? ` (and ${lines.length - MAX_LISTED_ERRORS} more)` : '';
  return `${listed}${more}`;
}

/** One validator per process: it compiles each version's meta-schema once (≈0.3 s) and keeps it. */
let metaValidator: Validator | null = null;

async function checkMetaSchema(raw: JsonObject, source: string, version: OpenApiVersion): Promise<void> {
  metaValidator ??= new Validator({ allErrors: true });
  const result = await metaValidator.validate(raw);
  if (result.valid) return;
  const detail =
    typeof result.errors === 'string' || result.errors === undefined
      ? String(result.errors)
      : summarizeMetaSchemaErrors(result.errors);
  throw new UsageError(`${source}: does not match the OpenAPI ${version} meta-schema: ${detail}`);
}

function refProblemText({ kind, ref, pointer }: RefProblem): string {
  switch (kind) {
    case 'external':
      return `external $ref "${ref}" at ${pointer} is not supported (the suite reads self-contained documents; bundle it first)`;
    case 'dangling':
      return `$ref "${ref}" at ${pointer} does not resolve`;
    case 'cycle':
      return `$ref "${ref}" at ${pointer} is part of a $ref cycle that never reaches a definition`;
  }
}

function checkRefs(raw: JsonObject, source: string): void {
  const problems = findRefProblems(raw);
  const first = problems[0];
  if (first === undefined) return;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more bad $refs)` : '';
  throw new UsageError(`${source}: ${refProblemText(first)}${more}`);
}

/** How many operations the document's `paths` hold (path items through `$ref`). */
export function countOperations(raw: JsonObject): number {
  const paths = raw.paths;
  if (!isJsonObject(paths)) return 0;
  let count = 0;
  for (const item of Object.values(paths)) {
    const resolved = derefObject(raw, item)?.value ?? {};
    count += HTTP_METHODS.filter((method) => isJsonObject(resolved[method])).length;
  }
  return count;
}

/** Throws a one-line UsageError for the first reason the suite cannot read the document. */
export async function validateDocument(
  raw: JsonObject,
  source: string,
): Promise<{ openapi: string; version: OpenApiVersion }> {
  const found = checkVersion(raw, source);
  checkRefs(raw, source);
  await checkMetaSchema(raw, source, found.version);
  if (countOperations(raw) === 0) {
    throw new UsageError(
      `${source}: the document describes no operations (its "paths" holds no GET, POST, … operation)`,
    );
  }
  return found;
}
