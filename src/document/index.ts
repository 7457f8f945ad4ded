/**
 * The live-document layer's entry points: text → parsed → validated → modelled `LiveDocument`,
 * from a string (as fetched) or from a file (the run folder's copy, or a local document).
 */
import { readFile } from 'node:fs/promises';
import { UsageError } from '../core/errors.ts';
import type { LiveDocument } from './types.ts';
import { parseDocumentText } from './parse.ts';
import { validateDocument } from './validate.ts';
import { buildDocumentModel } from './model.ts';

export { SchemaValidators, matchesPattern } from './schemas.ts';
export type { Direction } from './schemas.ts';

/** Parses, validates and models the document; every problem is a one-line UsageError. */
export async function loadLiveDocument(text: string, source: string): Promise<LiveDocument> {
  const raw = parseDocumentText(text, source);
  const { openapi, version } = await validateDocument(raw, source);
  return buildDocumentModel(raw, openapi, version);
}

/** `loadLiveDocument` on a file's text; an unreadable file is a UsageError too. */
export async function readLiveDocumentFile(path: string): Promise<LiveDocument> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason =
      error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : String(error);
    throw new UsageError(`cannot read the OpenAPI document ${path}: ${reason}`);
  }
  return loadLiveDocument(text, path);
}
