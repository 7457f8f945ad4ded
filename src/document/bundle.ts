/**
 * A document of several files → one document: the root file (a local path, a file: URL or an
 * http(s) URL) and every file its relative `$ref`s reach, with the external references rewritten
 * as internal ones, by `@apidevtools/json-schema-ref-parser` (bundle, not dereference: shared
 * schemas stay shared). Each file is parsed with the suite's own parser (parse.ts: JSON, or YAML
 * with the `yaml` package), so that YAML dates stay text and errors read as the suite's do.
 * Loopback and private hosts are allowed (a staging Hub often is one); downloads time out.
 * A `$ref` whose file exists but whose pointer does not (the published Hub specification has
 * two) stays as it is and is reported in `unresolved`: the rest of the document is still usable.
 * Every other problem is one UsageError line naming it: a file missing or unreadable (with the
 * file whose `$ref` names it, the ref and where it is), broken YAML (file, line and column).
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  $RefParser,
  JSONParserErrorGroup,
  MissingPointerError,
  ResolverError,
  type FileInfo,
  type ParserOptions,
} from '@apidevtools/json-schema-ref-parser';
import { UsageError } from '../core/errors.ts';
import { parseDocumentText } from './parse.ts';
import { isJsonObject, isJsonValue, type JsonObject, type JsonValue } from '../core/json.ts';
import { pointerOf } from './resolve.ts';

export interface BundleOptions {
  /** Per-download timeout of http(s) files, default 30 s (the library's own download). */
  readonly timeoutMs?: number;
  /** Reads an http(s) file instead of the library (the run's HTTP client: proxy, limits, redirects); throws to fail. */
  readonly readUrl?: (url: string) => Promise<string>;
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
  /** How many files the document was read from (the root and every file its `$ref`s reach). */
  readonly files: number;
  /** References left dangling, one line each: "<file>: $ref <ref> points at nothing". */
  readonly unresolved: readonly string[];
}

/** `readUrl`'s failure as the library's own error, so that its message reaches the one line (the library drops others'). */
async function readWith(readUrl: (url: string) => Promise<string>, url: string): Promise<string> {
  try {
    return await readUrl(url);
  } catch (error) {
    throw new ResolverError(error instanceof Error ? error : new Error(String(error)), url);
  }
}

/** A path or file: URL as a path, other URLs as they are. */
function shownSource(source: string): string {
  return source.startsWith('file:') ? fileURLToPath(source) : source;
}

function valueAt(root: JsonValue | undefined, path: readonly (string | number)[]): JsonValue | undefined {
  let current = root;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isJsonObject(current)) current = current[String(key)];
    else return undefined;
  }
  return current;
}

/**
 * A file that cannot be read, named with the `$ref` that leads to it: "<file>: $ref "<ref>" at
 * <pointer>: cannot read …". The root itself (no referring `$ref`) keeps the library's reason.
 */
function unreadableOf(error: ResolverError, parser: $RefParser): string | undefined {
  const source = error.source;
  const path = error.path;
  if (source === undefined || path === null) return undefined;
  const values: object = parser.$refs.values();
  const tree: unknown = Object.entries(values).find(([file]) => file === source)?.[1];
  const ref = isJsonValue(tree) ? valueAt(tree, [...path, '$ref']) : undefined;
  if (typeof ref !== 'string') return undefined;
  return `${shownSource(source)}: $ref "${ref}" at ${pointerOf(path.map(String))}: ${reasonOf(error)}`;
}

function danglingOf(error: MissingPointerError): string {
  const ref = typeof error.targetRef === 'string' ? error.targetRef : '';
  const file = error.source === undefined ? '(root)' : shownSource(error.source);
  return `${file}: $ref ${ref} points at nothing (${error.targetToken ?? 'a token'} does not exist)`;
}

export async function bundleDocument(source: string, options: BundleOptions = {}): Promise<BundledDocument> {
  const { readUrl } = options;
  const parserOptions: ParserOptions = {
    parse: {
      json: false,
      yaml: false,
      text: false,
      binary: false,
      openapi: { order: 1, canParse: true, parse: (file: FileInfo) => parseDocumentText(textOf(file), file.url) },
    },
    resolve:
      readUrl === undefined
        ? { http: { safeUrlResolver: false, timeout: options.timeoutMs ?? 30_000 } }
        : {
            http: false,
            suite: { order: 1, canRead: /^https?:\/\//i, read: (file: FileInfo) => readWith(readUrl, file.url) },
          },
    continueOnError: true,
  };
  const parser = new $RefParser();
  const root = locationOf(source);
  let unresolved: string[] = [];
  try {
    await parser.bundle(root, parserOptions);
  } catch (error) {
    const errors = error instanceof JSONParserErrorGroup ? error.errors : [error];
    const fatal = errors.find((e) => !(e instanceof MissingPointerError));
    if (fatal !== undefined || errors.length === 0) {
      const named = fatal instanceof ResolverError ? unreadableOf(fatal, parser) : undefined;
      throw new UsageError(`${source}: the document cannot be bundled: ${named ?? reasonOf(fatal ?? error)}`);
    }
    unresolved = errors.flatMap((e) => (e instanceof MissingPointerError ? [danglingOf(e)] : []));
  }
  const bundled: unknown = parser.schema;
  if (!isJsonValue(bundled) || !isJsonObject(bundled))
    throw new UsageError(`${source}: the bundled document is not a JSON object`);
  return { document: bundled, files: parser.$refs.paths().length, unresolved };
}
