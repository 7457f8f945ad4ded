/**
 * The ajv instance for each OpenAPI version: Draft-04 rules for 3.0 (`ajv-draft-04`: boolean
 * exclusiveMinimum, `nullable` is ajv's own), JSON Schema 2020-12 for 3.1 (`Ajv2020`); both
 * with `ajv-formats`, the OpenAPI formats (int32, int64, float, double, byte, binary,
 * password), `discriminator`, and OpenAPI's annotation keywords (example, xml, externalDocs).
 */
import AjvDraft04 from 'ajv-draft-04';
import Ajv2020 from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import type { Options } from 'ajv';
import type * as AjvCore from 'ajv/dist/core.js';
import type { OpenApiVersion } from './types.ts';

export type AjvInstance = AjvCore.default;

const OPTIONS: Options = {
  allErrors: true,
  discriminator: true,
  // The document passed the OpenAPI meta-schema; unknown keywords (x-…) and formats are annotations.
  strict: false,
  validateSchema: false,
  logger: false,
};

const INT32 = { min: -2_147_483_648, max: 2_147_483_647 };
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** OpenAPI's annotation keywords the dialect does not define (2020-12 has readOnly, writeOnly, deprecated). */
const ANNOTATIONS: Readonly<Record<OpenApiVersion, readonly string[]>> = {
  '3.0': ['example', 'xml', 'externalDocs', 'readOnly', 'writeOnly', 'deprecated'],
  '3.1': ['example', 'xml', 'externalDocs'],
};

function isInt32(value: number): boolean {
  return Number.isInteger(value) && value >= INT32.min && value <= INT32.max;
}

function addOpenApiFormats(ajv: AjvInstance): void {
  ajv.addFormat('int32', { type: 'number', validate: isInt32 });
  ajv.addFormat('int64', { type: 'number', validate: Number.isInteger });
  ajv.addFormat('float', { type: 'number', validate: () => true });
  ajv.addFormat('double', { type: 'number', validate: () => true });
  ajv.addFormat('byte', { type: 'string', validate: BASE64 });
  ajv.addFormat('binary', { type: 'string', validate: () => true });
  ajv.addFormat('password', { type: 'string', validate: () => true });
}

function addAnnotations(ajv: AjvInstance, version: OpenApiVersion): void {
  for (const keyword of ANNOTATIONS[version]) ajv.addKeyword({ keyword });
}

/** A fresh ajv instance speaking the schema dialect of `version`. */
export function createAjv(version: OpenApiVersion): AjvInstance {
  const ajv = version === '3.0' ? new AjvDraft04.default(OPTIONS) : new Ajv2020.default(OPTIONS);
  ajvFormats.default(ajv);
  addOpenApiFormats(ajv);
  addAnnotations(ajv, version);
  return ajv;
}
