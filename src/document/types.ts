/**
 * The operations model: what the rest of the suite knows about the live OpenAPI document.
 * Built once per run by src/document (load → validate → model → compile); plain data, so it
 * can be rebuilt from the same document file in every Playwright worker.
 */
import type { JsonObject } from '../core/json.ts';

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options' | 'trace';
export const HTTP_METHODS: readonly HttpMethod[] = [
  'get',
  'put',
  'post',
  'delete',
  'patch',
  'head',
  'options',
  'trace',
];

export type OpenApiVersion = '3.0' | '3.1';

/** A JSON Schema object as found in the document (may hold $ref). */
export type SchemaObject = JsonObject;

export interface MediaTypeModel {
  /** e.g. "application/json" */
  readonly mediaType: string;
  /** JSON pointer of the schema inside the document ("#/paths/…/schema"), null when none is given. */
  readonly schemaPointer: string | null;
}

export interface ParameterModel {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  /** JSON pointer of the parameter's schema, null when none is given. */
  readonly schemaPointer: string | null;
}

export interface ResponseModel {
  /** "200", "4XX" or "default", as written in the document. */
  readonly status: string;
  readonly description: string;
  readonly contents: readonly MediaTypeModel[];
}

export interface SecurityRequirementModel {
  readonly [scheme: string]: readonly string[];
}

export interface OperationModel {
  /** operationId, or "METHOD /path" when the document gives none. Unique within the document. */
  readonly key: string;
  readonly operationId: string | null;
  readonly method: HttpMethod;
  /** Path template as written, e.g. "/api/v1/milestones/compare/{milestone1Id}...{milestone2Id}". */
  readonly path: string;
  /** First path segment after the API prefix, e.g. "projects" (or "info"). */
  readonly resource: string;
  readonly tags: readonly string[];
  readonly summary: string;
  readonly deprecated: boolean;
  readonly parameters: readonly ParameterModel[];
  readonly requestBody: { readonly required: boolean; readonly contents: readonly MediaTypeModel[] } | null;
  readonly responses: readonly ResponseModel[];
  /** Effective security requirements (operation's own, else the document's). Empty: unsecured. */
  readonly security: readonly SecurityRequirementModel[];
  /** JSON pointer of the operation object, e.g. "#/paths/~1api~1v1~1info/get". */
  readonly pointer: string;
}

export type FindingCode =
  | 'auth-status-undocumented'
  | 'error-without-schema'
  | 'ungrouped-alternation'
  | 'date-without-format'
  | 'operation-without-id'
  | 'response-without-required'
  | 'no-security'
  | (string & {});

/** Worth a reader's eye, never a failure by itself. */
export interface DocumentFinding {
  readonly code: FindingCode;
  /** Operation key, or null for document-wide findings. */
  readonly operation: string | null;
  /** JSON pointer of what the finding is about. */
  readonly pointer: string;
  readonly message: string;
}

export interface LiveDocument {
  readonly raw: JsonObject;
  /** The "openapi" field as written, e.g. "3.0.1". */
  readonly openapi: string;
  readonly version: OpenApiVersion;
  readonly title: string;
  readonly infoVersion: string;
  /** Common prefix of the API paths, e.g. "/api/v1" or "/api/beta"; "" when there is none. */
  readonly apiPrefix: string;
  readonly operations: readonly OperationModel[];
  readonly findings: readonly DocumentFinding[];
}

export interface SchemaError {
  /** JSON pointer into the validated data, "" for the root. */
  readonly path: string;
  readonly message: string;
}

/** Validates data against a schema of the document (implemented by SchemaValidators in schemas.ts). */
export interface SchemaValidation {
  validate(pointer: string, data: unknown, direction: 'request' | 'response'): SchemaError[];
}
