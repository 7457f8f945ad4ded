/**
 * Reads an OpenAPI document for the diff CLI from a file (JSON or YAML) or an http(s) URL
 * (undici), and checks it is an OpenAPI 3.x document. Every problem is a one-line UsageError.
 * The check is deliberately light (no meta-schema validation): a baseline and a live document
 * should be comparable even when one has a flaw the document validator would reject.
 */
import { readFile } from 'node:fs/promises';
import { request } from 'undici';
import { UsageError } from '../config/errors.ts';
import { parseDocumentText } from '../document/parse.ts';
import type { JsonObject } from '../document/types.ts';
import { isJsonObject } from '../document/resolve.ts';

const TIMEOUT_MS = 30_000;

function errorCode(error: unknown): string {
  if (isJsonObject(error) && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message.split('\n')[0] ?? 'error' : String(error);
}

async function fetchText(url: string): Promise<string> {
  try {
    const response = await request(url, { headersTimeout: TIMEOUT_MS, bodyTimeout: TIMEOUT_MS, headers: { accept: 'application/json, application/yaml;q=0.9, */*;q=0.1' } });
    const text = await response.body.text();
    if (response.statusCode !== 200) throw new UsageError(`${url} answered HTTP ${response.statusCode}, not an OpenAPI document`);
    return text;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${url} cannot be fetched (${errorCode(error)})`);
  }
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = errorCode(error);
    throw new UsageError(code === 'ENOENT' ? `${file} does not exist` : `${file} cannot be read (${code})`);
  }
}

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/** Throws unless `document` declares OpenAPI 3.x. */
export function assertOpenApi3(document: JsonObject, source: string): void {
  if (typeof document.swagger === 'string') {
    throw new UsageError(`${source}: OpenAPI 2.0 (Swagger) documents are not supported; compare OpenAPI 3.0 or 3.1 documents`);
  }
  if (typeof document.openapi !== 'string' || !document.openapi.startsWith('3.')) {
    throw new UsageError(`${source}: not an OpenAPI 3.x document (no "openapi": "3.x" field)`);
  }
  if (document.paths !== undefined && !isJsonObject(document.paths)) {
    throw new UsageError(`${source}: "paths" is not an object`);
  }
}

export async function loadDocument(source: string): Promise<JsonObject> {
  const text = isUrl(source) ? await fetchText(source) : await readText(source);
  const document = parseDocumentText(text, source);
  assertOpenApi3(document, source);
  return document;
}
