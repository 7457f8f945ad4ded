/**
 * Fetches the live OpenAPI document the way a person would find it from the URL they were given:
 *
 * - redirects are followed (at most MAX_REDIRECTS, no loop, never from https down to http) —
 *   the document is read without a token, so following one sends nothing secret;
 * - an HTML page is taken for a Swagger UI page and followed to the document it shows:
 *   swagger-ui's `?configUrl=` / `?url=` query, then the page's own script, then its
 *   `swagger-initializer.js` (springdoc writes `configUrl` there), then the swagger-config
 *   (springdoc: `/v3/api-docs/swagger-config` → `url`, or `urls` with several documents, of which
 *   the one with the Web Modeler API paths is chosen). Only a page that names no document is
 *   refused;
 * - the body is bounded (MAX_DOCUMENT_BYTES);
 * - a split specification (a root with relative `$ref`s into other files, split.ts) is bundled
 *   into one document: a local file path or file: URL always, an http(s) document when it has
 *   `$ref`s into other files (read again from where it was found, with its neighbours).
 *
 * Hand-written: no library reads a Swagger UI page's configuration outside a browser, and the
 * redirects must be followed by hand to name each hop and refuse loops and downgrades.
 * Every problem is one line (TargetError or UsageError, exit 2).
 */
import { UsageError } from '../core/errors.ts';
import { BodyTooLargeError, HttpClient, TransportError, type HttpResponse } from '../http/client.ts';
import { TargetError, isRedirect, tooLarge, transportFailure } from '../http/failures.ts';
import { MAX_DOCUMENT_BYTES, parseDocumentText } from './parse.ts';
import { isJsonObject } from '../core/json.ts';
import { describeSplit, hasExternalRefs, isLocalDocument, loadSplitDocument } from './split.ts';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MAX_REDIRECTS = 5;
/** At most this many documents of a Swagger UI `urls` list are fetched. */
const MAX_LISTED = 10;
/** The swagger-ui-dist placeholder that springdoc leaves in swagger-initializer.js: never the target's document. */
const PETSTORE = 'https://petstore.swagger.io/v2/swagger.json';
const ACCEPT = 'application/json, application/yaml;q=0.9, */*;q=0.1';
const WEB_MODELER_PATH = /^\/api\/(?:v1|beta)(?:\/|$)/;

export interface FoundDocument {
  readonly text: string;
  /** Where the document was read, after redirects and Swagger UI. */
  readonly url: string;
  /** How it was found when that is not the URL asked for ("through the Swagger UI page …", "redirected from …"), else null. */
  readonly via: string | null;
  /** The Swagger UI page the document was found through, else null. */
  readonly swaggerUi: string | null;
}

export interface FetchContext {
  readonly http: HttpClient;
  /** The setting that names the URL, for hints (WM_OPENAPI_URL); null when the URL came from elsewhere. */
  readonly setting: string | null;
}

interface Fetched {
  readonly response: HttpResponse;
  /** The URL that answered (after redirects). */
  readonly url: string;
  /** Every URL before it, in order. */
  readonly hops: readonly string[];
}

function hint(ctx: FetchContext): string {
  return ctx.setting === null ? '' : ` — is ${ctx.setting} right?`;
}

function host(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** GET `url`, following redirects; transport failures stay TransportErrors, a body past the limit a BodyTooLargeError. */
export async function getFollowing(http: HttpClient, url: string, accept = ACCEPT): Promise<Fetched> {
  const hops: string[] = [];
  let current = url;
  for (;;) {
    const { response } = await http.send({
      method: 'GET',
      url: current,
      headers: { accept },
      maxBodyBytes: MAX_DOCUMENT_BYTES,
    });
    if (!isRedirect(response.status) || response.status === 304) return { response, url: current, hops };
    const location = response.headers.location;
    if (location === undefined || location.trim() === '') {
      throw new TargetError('redirected', `${current} answered ${response.status} without a Location header`);
    }
    let next: URL;
    try {
      next = new URL(location, current);
    } catch {
      throw new TargetError(
        'redirected',
        `${current} answered ${response.status} to "${location}", which is not a URL`,
      );
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      throw new TargetError(
        'redirected',
        `${current} answered ${response.status} to ${next.protocol} URL, not followed`,
      );
    }
    if (new URL(current).protocol === 'https:' && next.protocol === 'http:') {
      throw new TargetError(
        'redirected',
        `${current} answered ${response.status} to ${next.toString()}: from https down to plain http, not followed`,
      );
    }
    hops.push(current);
    const to = next.toString();
    if (hops.includes(to)) {
      throw new TargetError('redirected', `${url} redirects in a loop: ${[...hops, to].join(' → ')}`);
    }
    if (hops.length > MAX_REDIRECTS) {
      throw new TargetError(
        'redirected',
        `${url} redirects more than ${MAX_REDIRECTS} times: ${[...hops, to].join(' → ')}`,
      );
    }
    current = to;
  }
}

/** A GET during the Swagger UI walk: transport failures and oversized bodies classified. */
async function get(ctx: FetchContext, url: string, accept?: string): Promise<Fetched> {
  try {
    return await getFollowing(ctx.http, url, accept);
  } catch (error) {
    if (error instanceof TransportError) throw transportFailure(error, `GET ${url}`, ctx.http.timeoutMs);
    if (error instanceof BodyTooLargeError) throw tooLarge(error);
    throw error;
  }
}

export function looksLikeHtml(text: string, contentType: string | undefined): boolean {
  const head = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 4096);
  if (!head.startsWith('<')) return false;
  return /text\/html/i.test(contentType ?? '') || /<(!doctype\s+html|html|head|body)[\s>]/i.test(head);
}

interface SwaggerRefs {
  configUrl?: string;
  url?: string;
  urls?: readonly { readonly url: string; readonly name: string }[];
  primaryName?: string;
}

function stringValue(text: string, key: string): string | undefined {
  // The key itself, not a longer name ending in it (validatorUrl, oauth2RedirectUrl).
  const match = new RegExp(`(?:^|[\\s,{(])["']?${key.replace('.', '\\.')}["']?\\s*:\\s*["']([^"']*)["']`, 'm').exec(
    text,
  );
  const value = match?.[1]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function urlsValue(text: string): SwaggerRefs['urls'] {
  const list = /(?:^|[\s,{(])["']?urls["']?\s*:\s*\[([\s\S]*?)\]/m.exec(text)?.[1];
  if (list === undefined) return undefined;
  const entries = [...list.matchAll(/\{[^}]*\}/g)].flatMap((m) => {
    const url = stringValue(m[0], 'url');
    return url === undefined ? [] : [{ url, name: stringValue(m[0], 'name') ?? url }];
  });
  return entries.length > 0 ? entries : undefined;
}

/** What a page's or script's text names: configUrl, urls, url (the petstore placeholder left out). */
function refsInText(text: string): SwaggerRefs {
  const url = stringValue(text, 'url');
  const urls = urlsValue(text);
  const configUrl = stringValue(text, 'configUrl');
  const primaryName = stringValue(text, 'urls.primaryName');
  return {
    ...(configUrl === undefined ? {} : { configUrl }),
    ...(url === undefined || url === PETSTORE ? {} : { url }),
    ...(urls === undefined ? {} : { urls }),
    ...(primaryName === undefined ? {} : { primaryName }),
  };
}

function refsFromConfig(body: unknown): SwaggerRefs {
  if (!isJsonObject(body)) return {};
  const urls = Array.isArray(body.urls)
    ? body.urls.flatMap((entry) =>
        isJsonObject(entry) && typeof entry.url === 'string' && entry.url !== ''
          ? [{ url: entry.url, name: typeof entry.name === 'string' ? entry.name : entry.url }]
          : [],
      )
    : [];
  const primary = body['urls.primaryName'];
  return {
    ...(typeof body.url === 'string' && body.url !== '' && body.url !== PETSTORE ? { url: body.url } : {}),
    ...(urls.length > 0 ? { urls } : {}),
    ...(typeof primary === 'string' && primary !== '' ? { primaryName: primary } : {}),
  };
}

function hasRefs(refs: SwaggerRefs): boolean {
  return refs.configUrl !== undefined || refs.url !== undefined || refs.urls !== undefined;
}

/** Relative references resolved against each base in turn (swagger-ui resolves against the page; a config file's neighbours are another reading). */
function candidates(ref: string, bases: readonly string[]): string[] {
  const out: string[] = [];
  for (const base of bases) {
    try {
      const resolved = new URL(ref, base).toString();
      if (!out.includes(resolved)) out.push(resolved);
    } catch {
      // not resolvable against this base
    }
  }
  return out;
}

function queryRefs(pageUrl: string): SwaggerRefs {
  const params = new URL(pageUrl).searchParams;
  const configUrl = params.get('configUrl') ?? undefined;
  const url = params.get('url') ?? undefined;
  const primaryName = params.get('urls.primaryName') ?? undefined;
  return {
    ...(configUrl === undefined || configUrl === '' ? {} : { configUrl }),
    ...(url === undefined || url === '' ? {} : { url }),
    ...(primaryName === undefined || primaryName === '' ? {} : { primaryName }),
  };
}

/** The page's initializer scripts (swagger-ui ≥ 4.9 keeps its configuration in swagger-initializer.js). */
function initializerScripts(html: string, pageUrl: string): string[] {
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)]
    .map((m) => m[1] ?? '')
    .filter((src) => /initializer|swagger-config/i.test(src));
  return sources.slice(0, 3).flatMap((src) => candidates(src, [pageUrl]));
}

interface Page {
  /** The URL the user's URL led to (after redirects). */
  readonly url: string;
  /** The URL as asked for. */
  readonly asked: string;
  readonly html: string;
}

async function pageRefs(ctx: FetchContext, page: Page): Promise<SwaggerRefs> {
  const fromQuery = { ...queryRefs(page.asked), ...queryRefs(page.url) };
  if (fromQuery.configUrl !== undefined || fromQuery.url !== undefined) return fromQuery;
  const inline = refsInText(page.html);
  if (hasRefs(inline)) return { ...inline, ...fromQuery };
  for (const script of initializerScripts(page.html, page.url)) {
    const { response } = await get(ctx, script, 'application/javascript, */*;q=0.1');
    if (response.status !== 200) continue;
    const refs = refsInText(response.bodyText);
    if (hasRefs(refs)) return { ...refs, ...fromQuery };
  }
  return fromQuery;
}

/** A document answer: 200 and not another HTML page. */
function isDocumentAnswer(fetched: Fetched): boolean {
  return (
    fetched.response.status === 200 &&
    !looksLikeHtml(fetched.response.bodyText, fetched.response.headers['content-type'])
  );
}

/** The first candidate that answers with a document; else a line naming what the page named and what it answered. */
async function firstDocument(ctx: FetchContext, ref: string, bases: readonly string[], page: Page): Promise<Fetched> {
  const tried: string[] = [];
  for (const candidate of candidates(ref, bases)) {
    const fetched = await get(ctx, candidate);
    if (isDocumentAnswer(fetched)) return fetched;
    tried.push(`${candidate} answered ${fetched.response.status === 200 ? 'an HTML page' : fetched.response.status}`);
  }
  throw new TargetError(
    'document rejected',
    `the Swagger UI page ${page.asked} names the document "${ref}", but ${tried.join('; ') || 'it is not a URL'}${hint(ctx)}`,
  );
}

function hasWebModelerPaths(text: string, source: string): boolean {
  try {
    const doc = parseDocumentText(text, source);
    return isJsonObject(doc.paths) && Object.keys(doc.paths).some((path) => WEB_MODELER_PATH.test(path));
  } catch {
    return false;
  }
}

/** Of a Swagger UI's `urls`, the one document with the Web Modeler API paths (/api/v1, /api/beta). */
async function chooseListed(
  ctx: FetchContext,
  urls: NonNullable<SwaggerRefs['urls']>,
  primaryName: string | undefined,
  bases: readonly string[],
  page: Page,
): Promise<Fetched> {
  const listed = urls
    .slice(0, MAX_LISTED)
    .map((entry) => ({ ...entry, at: candidates(entry.url, bases)[0] ?? entry.url }));
  const named = listed.map((entry) => `${entry.name} (${entry.at})`).join(', ');
  const matching: { name: string; fetched: Fetched }[] = [];
  for (const entry of listed) {
    const fetched = await firstDocument(ctx, entry.url, bases, page).catch((error: unknown) => {
      if (error instanceof TargetError && error.failure === 'document rejected') return null;
      throw error;
    });
    if (fetched !== null && hasWebModelerPaths(fetched.response.bodyText, fetched.url))
      matching.push({ name: entry.name, fetched });
  }
  const only = matching.length === 1 ? matching[0] : matching.find((m) => m.name === primaryName);
  if (only !== undefined) return only.fetched;
  if (matching.length === 0) {
    throw new TargetError(
      'document rejected',
      `the Swagger UI page ${page.asked} lists ${listed.length} document(s), none with the Web Modeler API paths (/api/v1, /api/beta): ${named} — set WM_OPENAPI_URL to the Web Modeler API's document`,
    );
  }
  throw new TargetError(
    'document rejected',
    `the Swagger UI page ${page.asked} lists ${matching.length} documents with the Web Modeler API paths: ${matching.map((m) => `${m.name} (${m.fetched.url})`).join(', ')} — set WM_OPENAPI_URL to one of them`,
  );
}

async function throughSwaggerUi(ctx: FetchContext, page: Page): Promise<Fetched | null> {
  const refs = await pageRefs(ctx, page);
  if (refs.configUrl !== undefined) {
    const configAt = candidates(refs.configUrl, [page.url])[0];
    if (configAt !== undefined) {
      const config = await get(ctx, configAt, 'application/json');
      let body: unknown;
      try {
        body = config.response.status === 200 ? JSON.parse(config.response.bodyText) : undefined;
      } catch {
        body = undefined;
      }
      const fromConfig = refsFromConfig(body);
      const bases = [page.url, config.url];
      const primaryName = refs.primaryName ?? fromConfig.primaryName;
      if (fromConfig.urls !== undefined) return chooseListed(ctx, fromConfig.urls, primaryName, bases, page);
      if (fromConfig.url !== undefined) return firstDocument(ctx, fromConfig.url, bases, page);
      if (refs.url === undefined && refs.urls === undefined) {
        const answered =
          config.response.status === 200
            ? 'names no document (neither url nor urls)'
            : `answered ${config.response.status}`;
        throw new TargetError(
          'document rejected',
          `the Swagger UI page ${page.asked} takes its configuration from ${config.url}, which ${answered}${hint(ctx)}`,
        );
      }
    }
  }
  if (refs.urls !== undefined) return chooseListed(ctx, refs.urls, refs.primaryName, [page.url], page);
  if (refs.url !== undefined) return firstDocument(ctx, refs.url, [page.url], page);
  return null;
}

/**
 * The document behind an answer already fetched from `asked` (following redirects): the answer
 * itself, or — for an HTML page — the document the Swagger UI page shows.
 */
export async function documentFrom(ctx: FetchContext, asked: string, fetched: Fetched): Promise<FoundDocument> {
  const redirected = fetched.url !== asked ? `redirected from ${asked}` : null;
  if (!looksLikeHtml(fetched.response.bodyText, fetched.response.headers['content-type'])) {
    return { text: fetched.response.bodyText, url: fetched.url, via: redirected, swaggerUi: null };
  }
  const page: Page = { url: fetched.url, asked, html: fetched.response.bodyText };
  const found = await throughSwaggerUi(ctx, page);
  if (found !== null)
    return {
      text: found.response.bodyText,
      url: found.url,
      via: `found through the Swagger UI page ${asked}`,
      swaggerUi: asked,
    };
  const where = redirected === null ? asked : `${asked} (redirected to ${fetched.url})`;
  const login =
    redirected !== null && host(fetched.url) !== host(asked)
      ? ' (a login page? the document must be readable without a token)'
      : '';
  throw new TargetError(
    'document rejected',
    `${where} returned an HTML page, not an OpenAPI document, and the page names none (no Swagger UI url, urls or configUrl)${login}${hint(ctx)}`,
  );
}

/** A local file path or file: URL, bundled (split.ts); a missing file is one line naming it. */
async function localDocument(ctx: FetchContext, source: string): Promise<FoundDocument> {
  let path: string;
  try {
    path = /^file:/i.test(source) ? fileURLToPath(source) : resolve(source);
  } catch {
    throw new UsageError(`the OpenAPI document ${source} is not a file path or file: URL${hint(ctx)}`);
  }
  if (!existsSync(path)) throw new UsageError(`the OpenAPI document file ${path} does not exist${hint(ctx)}`);
  const split = await loadSplitDocument(path);
  // Always said: the document does not come from the target (a banner names it).
  const via = split.files > 1 || split.leftOut.length > 0 ? describeSplit(split) : 'a local file';
  return { text: JSON.stringify(split.document), url: path, via, swaggerUi: null };
}

/** One file of a split specification, read with the run's HTTP client (proxy, limits, redirects as for the document). */
async function readPart(ctx: FetchContext, url: string): Promise<string> {
  const fetched = await get(ctx, url);
  if (fetched.response.status !== 200) throw new Error(`${fetched.url} answered ${fetched.response.status}`);
  return fetched.response.bodyText;
}

/** A document fetched over http(s) with `$ref`s into other files: bundled from where it was found. */
async function bundledIfSplit(ctx: FetchContext, found: FoundDocument): Promise<FoundDocument> {
  if (!hasExternalRefs(parseDocumentText(found.text, found.url))) return found;
  const split = await loadSplitDocument(found.url, { readUrl: (url) => readPart(ctx, url) });
  const via = [found.via, describeSplit(split)].filter((part) => part !== null).join('; ');
  return { ...found, text: JSON.stringify(split.document), via };
}

/** "still starting" answers worth waiting for with --wait-for-target. */
function isStarting(status: number): boolean {
  return status === 502 || status === 503 || status === 504;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Fetches the live document (following redirects and a Swagger UI page; a local file path or
 * file: URL is read from disk; a split specification is bundled),
 * waiting up to `waitSeconds` for a target that is still starting (refused, reset, timed out,
 * 502/503/504). Every other problem is one classified line at once.
 */
export async function fetchDocument(ctx: FetchContext, url: string, waitSeconds = 0): Promise<FoundDocument> {
  if (isLocalDocument(url)) return localDocument(ctx, url);
  const { http, setting } = ctx;
  const deadline = Date.now() + waitSeconds * 1000;
  for (;;) {
    let problem: string;
    let timedOut = false;
    try {
      const fetched = await getFollowing(http, url);
      const { status } = fetched.response;
      const where = fetched.url === url ? url : `${url} (redirected to ${fetched.url})`;
      if (status === 200) return await bundledIfSplit(ctx, await documentFrom(ctx, url, fetched));
      if (!isStarting(status)) {
        throw new UsageError(
          `the OpenAPI document URL ${where} answered ${status}${status === 404 ? ` — check ${setting ?? 'the URL'} (springdoc serves /v3/api-docs)` : status === 401 || status === 403 ? ' — the document must be readable without a token' : ''}`,
        );
      }
      problem = `answered ${status} (target still starting?)`;
    } catch (error) {
      if (error instanceof BodyTooLargeError) throw tooLarge(error);
      if (!(error instanceof TransportError)) throw error;
      problem = error.message;
      timedOut = error.kind === 'timeout';
      if (error.kind !== 'refused' && error.kind !== 'reset' && error.kind !== 'timeout') {
        throw new TargetError(
          'unreachable',
          `cannot fetch the OpenAPI document: ${problem} — check ${setting === null ? 'the URL' : `${setting} / WM_BASE_URL`}${error.kind === 'tls' ? ' and NODE_EXTRA_CA_CERTS' : ''}`,
        );
      }
    }
    if (Date.now() >= deadline) {
      const wait =
        waitSeconds > 0
          ? `still failing after waiting ${waitSeconds} s`
          : 'use --wait-for-target <seconds> if it is still starting';
      if (timedOut) {
        throw new TargetError(
          'timed out',
          `the OpenAPI document ${url} did not arrive within ${http.timeoutMs / 1000} s (WM_REQUEST_TIMEOUT_MS) — ${wait}`,
        );
      }
      throw new TargetError('unreachable', `cannot fetch the OpenAPI document from ${url}: ${problem} — ${wait}`);
    }
    await sleep(Math.min(2000, Math.max(100, deadline - Date.now())));
  }
}
