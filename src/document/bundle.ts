/**
 * A document of several files → one document: the root file (a local path, a file: URL or an
 * http(s) URL) and every file its relative `$ref`s reach, with the external references rewritten
 * as internal ones, by `@apidevtools/json-schema-ref-parser` (bundle, not dereference: shared
 * schemas stay shared). Each file is parsed with the suite's own parser (parse.ts: JSON, or YAML
 * with the `yaml` package), so that YAML dates stay text and errors read as the suite's do.
 * Loopback and private hosts are allowed (a staging Hub often is one); downloads time out.
 * A `$ref` whose file exists but whose pointer does not (the published Hub specification has
 * two) stays as it is and is reported in `unresolved`: the rest of the document is still usable.
 * Every other problem (a file missing or unreadable, broken YAML) is one UsageError line naming it.
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  $RefParser,
  JSONParserErrorGroup,
  MissingPointerError,
  type FileInfo,
  type ParserOptions,
} from '@apidevtools/json-schema-ref-parser';
import { UsageError } from '../core/errors.ts';
import { parseDocumentText } from './parse.ts';
import { isJsonObject, isJsonValue, type JsonObject } from '../core/json.ts';

export interface BundleOptions {
  /** Per-download timeout of http(s) files, default 30 s. */
  readonly timeoutMs?: number;
}

/** A path or URL as the parser takes it: URLs as they are, paths made absolute. */
function locationOf(source: string): string {
  if (/^(https?|file):\/\//i.test(source)) return source;
  return pathToFileURL(isAbsolute(source) ? source : resolve(source)).href;
}

function textOf(file: FileInfo): string {
  const data: unknown = file.data;
  return Buffer.isBuffer(data) ? data.toString('utf8') : String(data);
}

/** The shortest useful line of a parser error (the library prefixes and wraps its causes). */
function reasonOf(error: unknown): string {
  if (error instanceof UsageError) return error.message;
  const cause = error instanceof Error && error.cause instanceof UsageError ? error.cause.message : undefined;
  if (cause !== undefined) return cause;
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? message).replace(
    /^Error (?:parsing|resolving|downloading|opening file) /,
    'cannot read ',
  );
}

export interface BundledDocument {
  readonly document: JsonObject;
  /** References left dangling, one line each: "<file>: $ref <ref> points at nothing". */
  readonly unresolved: readonly string[];
}

function danglingOf(error: MissingPointerError): string {
  const ref = typeof error.targetRef === 'string' ? error.targetRef : '';
  const file = error.source?.startsWith('file:') === true ? fileURLToPath(error.source) : (error.source ?? '(root)');
  return `${file}: $ref ${ref} points at nothing (${error.targetToken ?? 'a token'} does not exist)`;
}

export async function bundleDocument(source: string, options: BundleOptions = {}): Promise<BundledDocument> {
  const parserOptions: ParserOptions = {
    parse: {
      json: false,
      yaml: false,
      text: false,
      binary: false,
      openapi: { order: 1, canParse: true, parse: (file: FileInfo) => parseDocumentText(textOf(file), file.url) },
    },
    resolve: { http: { safeUrlResolver: false, timeout: options.timeoutMs ?? 30_000 } },
    continueOnError: true,
  };
  const parser = new $RefParser();
  let unresolved: string[] = [];
  try {
    await parser.bundle(locationOf(source), parserOptions);
  } catch (error) {
    const errors = error instanceof JSONParserErrorGroup ? error.errors : [error];
    const fatal = errors.find((e) => !(e instanceof MissingPointerError));
    if (fatal !== undefined || errors.length === 0)
      throw new UsageError(`${source}: the document cannot be bundled: ${reasonOf(fatal ?? error)}`);
    unresolved = errors.flatMap((e) => (e instanceof MissingPointerError ? [danglingOf(e)] : []));
  }
  const bundled: unknown = parser.schema;
  if (!isJsonValue(bundled) || !isJsonObject(bundled))
    throw new UsageError(`${source}: the bundled document is not a JSON object`);
  return { document: bundled, unresolved };
}
