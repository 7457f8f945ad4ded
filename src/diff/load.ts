/**
 * Reads an OpenAPI document for the diff CLI from a file (JSON or YAML) or an http(s) URL (the
 * run's own document fetch: redirects, Swagger UI pages, proxy, size limit — so a target failure
 * is the same line and exit code as in a run), and checks it is an OpenAPI 3.x document. Every
 * problem is a one-line UsageError.
 * The check is deliberately light (no meta-schema validation): a baseline and a live document
 * should be comparable even when one has a flaw the document validator would reject.
 */
import { readFile } from 'node:fs/promises';
import { UsageError } from '../core/errors.ts';
import { fetchDocument } from '../document/fetch.ts';
import { HttpClient } from '../http/client.ts';
import { parseDocumentText } from '../document/parse.ts';
import { isJsonObject, type JsonObject } from '../core/json.ts';

const TIMEOUT_MS = 30_000;

function errorCode(error: unknown): string {
  if (isJsonObject(error) && typeof error.code === 'string') return error.code;
  return error instanceof Error ? (error.message.split('\n')[0] ?? 'error') : String(error);
}

async function fetchText(url: string): Promise<{ text: string; source: string }> {
  const found = await fetchDocument(
    { http: new HttpClient({ timeoutMs: TIMEOUT_MS, maxRetries: 0 }), setting: null },
    url,
  );
  return { text: found.text, source: found.url };
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
    throw new UsageError(
      `${source}: OpenAPI 2.0 (Swagger) documents are not supported; compare OpenAPI 3.0 or 3.1 documents`,
    );
  }
  if (typeof document.openapi !== 'string' || !document.openapi.startsWith('3.')) {
    throw new UsageError(`${source}: not an OpenAPI 3.x document (no "openapi": "3.x" field)`);
  }
  if (document.paths !== undefined && !isJsonObject(document.paths)) {
    throw new UsageError(`${source}: "paths" is not an object`);
  }
}

export async function loadDocument(source: string): Promise<JsonObject> {
  const { text, source: read } = isUrl(source) ? await fetchText(source) : { text: await readText(source), source };
  const document = parseDocumentText(text, read);
  assertOpenApi3(document, source);
  return document;
}
