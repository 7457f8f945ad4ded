/**
 * `multipart/form-data` request bodies of the Hub API v2 (catalog ingestion, facts §2.1
 * "Catalog"), parsed with busboy: every file part (and field) becomes a part with its name, file
 * name, content type and text. A body that is not multipart, or that busboy cannot read (no
 * boundary, truncated), answers 400 with the reason, as Spring's multipart resolver does
 * (*assumed*: the Hub's status for a broken multipart body is not documented; 415 for another
 * content type, as for JSON bodies).
 */
import busboy from 'busboy';
import { ProblemError } from '../simulator/problem.ts';
import type { MultipartPart } from './types.ts';

const MAX_PARTS = 1000;

export function isMultipart(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() === 'multipart/form-data';
}

/** The parts of a multipart body, in their order. */
export function parseMultipart(bytes: Buffer, contentType: string | undefined): Promise<MultipartPart[]> {
  if (!isMultipart(contentType)) {
    return Promise.reject(
      new ProblemError(
        415,
        `Content-Type '${contentType ?? ''}' is not supported: the operation takes multipart/form-data.`,
      ),
    );
  }
  return new Promise((resolvePromise, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: { 'content-type': contentType ?? '' },
        limits: { parts: MAX_PARTS, files: MAX_PARTS },
      });
    } catch (error) {
      reject(
        new ProblemError(
          400,
          `The multipart body cannot be read: ${error instanceof Error ? error.message : String(error)}.`,
        ),
      );
      return;
    }
    const parts: MultipartPart[] = [];
    const pending: Promise<void>[] = [];
    parser.on('file', (field, stream, info) => {
      pending.push(
        new Promise((done) => {
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            parts.push({
              field,
              filename: info.filename ?? '',
              contentType: info.mimeType,
              content: Buffer.concat(chunks).toString('utf8'),
            });
            done();
          });
        }),
      );
    });
    parser.on('field', (field, value, info) => {
      parts.push({ field, filename: '', contentType: info.mimeType, content: value });
    });
    parser.on('error', (error: unknown) => {
      reject(
        new ProblemError(
          400,
          `The multipart body cannot be read: ${error instanceof Error ? error.message : String(error)}.`,
        ),
      );
    });
    parser.on('close', () => {
      Promise.all(pending).then(() => {
        resolvePromise(parts);
      }, reject);
    });
    parser.end(bytes);
  });
}
