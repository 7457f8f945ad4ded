/**
 * Reads a request's body and turns it into the JSON object a route expects, answering like Spring
 * MVC does (415 for a non-JSON content type, 400 for a missing, malformed or non-object body);
 * the validation knobs replace those answers with a lenient or a crashing server's.
 */
import type { IncomingMessage } from 'node:http';
import { validates, type Behaviour } from './behaviour.ts';
import { isJsonObject, type JsonObject } from '../../src/core/json.ts';
import { parseJson } from './json.ts';
import { badRequest, internalError, ProblemError } from './problem.ts';

const MAX_BODY_BYTES = 5 * 1024 * 1024;

export async function readRawBody(req: IncomingMessage): Promise<string> {
  return (await readRawBytes(req)).toString('utf8');
}

/** The body's bytes (multipart bodies are parsed from these), at most 5 MiB (else 413). */
export async function readRawBytes(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new ProblemError(413, 'Request body too large.');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function isJsonContentType(contentType: string | undefined): boolean {
  if (contentType === undefined || contentType.trim() === '') return true;
  const media = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return media === 'application/json' || media.endsWith('+json');
}

function jsonKind(value: unknown): string {
  if (Array.isArray(value)) return 'Array';
  if (value === null) return 'Null';
  return typeof value === 'string' ? 'String' : typeof value === 'number' ? 'Number' : 'Boolean';
}

/** The body as a JSON object for the request component `component`. */
export function bodyObject(
  raw: string,
  contentType: string | undefined,
  component: string,
  behaviour: Behaviour,
): JsonObject {
  if (!isJsonContentType(contentType)) {
    throw new ProblemError(415, `Content-Type '${contentType ?? ''}' is not supported.`);
  }
  if (raw.trim() === '') {
    if (validates(behaviour, 'missingBody')) throw badRequest('Required request body is missing');
    return {};
  }
  let value: unknown;
  try {
    value = parseJson(raw);
  } catch (error) {
    if (!validates(behaviour, 'malformedJson')) throw internalError();
    const reason = error instanceof Error ? error.message : 'invalid JSON';
    throw badRequest(`JSON parse error: ${reason}`);
  }
  if (isJsonObject(value)) return value;
  if (!validates(behaviour, 'topLevelType')) throw internalError();
  throw badRequest(`JSON parse error: Cannot deserialize value of type \`${component}\` from ${jsonKind(value)} value`);
}
