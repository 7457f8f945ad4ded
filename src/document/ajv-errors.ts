/**
 * Ajv error objects → short readable text ("must be integer", "must be equal to one of the
 * allowed values: ASC, DESC"), shared by the meta-schema check and the schema validators.
 */
import type { ErrorObject } from 'ajv';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listText(values: unknown): string {
  return Array.isArray(values) ? values.map((v) => JSON.stringify(v)).join(', ') : '';
}

/** Ajv's message plus the detail its params hold (allowed values, the extra property, …). */
export function ajvErrorText(error: ErrorObject): string {
  const params: unknown = error.params;
  const message = error.message ?? `must satisfy "${error.keyword}"`;
  if (!isRecord(params)) return message;
  if (error.keyword === 'enum') return `${message}: ${listText(params.allowedValues)}`;
  if (error.keyword === 'const') return `must be ${JSON.stringify(params.allowedValue)}`;
  if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    return `${message}: "${params.additionalProperty}"`;
  }
  if (error.keyword === 'unevaluatedProperties' && typeof params.unevaluatedProperty === 'string') {
    return `${message}: "${params.unevaluatedProperty}"`;
  }
  return message;
}

/** Combinator failures ("must match exactly one schema in oneOf") that only echo their branches. */
export function isSummaryError(error: ErrorObject): boolean {
  return error.keyword === 'oneOf' || error.keyword === 'anyOf' || error.keyword === 'if';
}
