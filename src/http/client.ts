/**
 * The one HTTP client of the suite (document fetch, token endpoint, API calls), on undici.
 *
 * - Proxies: undici's EnvHttpProxyAgent honours HTTP_PROXY / HTTPS_PROXY / NO_PROXY (either
 *   case); private CAs: Node's TLS honours NODE_EXTRA_CA_CERTS for every connection.
 * - A timeout per request; transport failures become a TransportError with a kind (refused,
 *   reset, timeout, tls, dns), so they are never mistaken for contract failures.
 * - 429, and 503 with Retry-After, are retried a bounded number of times honouring
 *   Retry-After; the retries are counted on the exchange. Other 5xx are never retried.
 * - Redirects are never followed here (undici's default): an API call that answers 3xx is
 *   reported as such; the document fetch follows them itself (src/document/fetch.ts).
 * - `maxBodyBytes` bounds what a request may read (the live document): a longer body is a
 *   BodyTooLargeError, read no further.
 */
import { EnvHttpProxyAgent, request, type Dispatcher } from 'undici';
import { redactText, shownUrl } from '../core/redact.ts';

export interface HttpRequest {
  readonly method: string;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Raw request body text; undefined sends none. */
  readonly body?: string;
  /** The most the response body may hold; a longer one is a BodyTooLargeError (default: no limit). */
  readonly maxBodyBytes?: number;
}

export interface HttpResponse {
  readonly status: number;
  /** Lower-case header names; repeated headers joined with ", ". */
  readonly headers: Readonly<Record<string, string>>;
  readonly bodyText: string;
}

export interface HttpExchange {
  readonly request: HttpRequest;
  readonly response: HttpResponse;
  readonly startedAt: string;
  readonly durationMs: number;
  /** How many times the request was repeated after 429/503. */
  readonly retries: number;
}

export type TransportErrorKind = 'refused' | 'reset' | 'timeout' | 'tls' | 'dns' | 'other';

export class TransportError extends Error {
  readonly kind: TransportErrorKind;
  readonly url: string;
  /** The message is redacted (it reaches the console and the reports); `url` is kept as sent. */
  constructor(kind: TransportErrorKind, url: string, detail: string) {
    super(redactText(`${transportKindText(kind)} for ${shownUrl(url)}: ${detail}`));
    this.name = 'TransportError';
    this.kind = kind;
    this.url = url;
  }
}

/** A response body longer than the request's `maxBodyBytes`: the rest was not read. */
export class BodyTooLargeError extends Error {
  readonly url: string;
  readonly maxBytes: number;
  constructor(url: string, maxBytes: number) {
    super(`${url} answered with a body larger than ${formatBytes(maxBytes)}`);
    this.name = 'BodyTooLargeError';
    this.url = url;
    this.maxBytes = maxBytes;
  }
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB` : `${bytes} bytes`;
}

/** Reads a body up to `maxBytes`; stops reading (and drops the connection) past it. */
async function readBounded(
  body: Dispatcher.ResponseData['body'],
  headers: Readonly<Record<string, string>>,
  url: string,
  maxBytes: number,
): Promise<string> {
  const declared = Number(headers['content-length'] ?? Number.NaN);
  if (declared > maxBytes) {
    body.once('error', () => undefined); // destroying an unread body reports an abort: expected here
    body.destroy();
    throw new BodyTooLargeError(url, maxBytes);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    total += buffer.length;
    // Leaving the loop by the throw ends the stream (the iterator's return destroys it).
    if (total > maxBytes) throw new BodyTooLargeError(url, maxBytes);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function transportKindText(kind: TransportErrorKind): string {
  switch (kind) {
    case 'refused':
      return 'connection refused';
    case 'reset':
      return 'connection reset';
    case 'timeout':
      return 'request timed out';
    case 'tls':
      return 'TLS failure';
    case 'dns':
      return 'host not found';
    case 'other':
      return 'transport failure';
  }
}

export interface HttpClientOptions {
  readonly timeoutMs: number;
  readonly maxRetries: number;
  /** Longest single wait for Retry-After, in ms (default 30 s). */
  readonly maxRetryWaitMs?: number;
  /** Injected for tests; the default sleeps. */
  readonly sleep?: (ms: number) => Promise<void>;
}

let sharedDispatcher: Dispatcher | undefined;

function dispatcher(): Dispatcher {
  sharedDispatcher ??= new EnvHttpProxyAgent();
  return sharedDispatcher;
}

function errorCode(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    if ('code' in current && typeof current.code === 'string') return current.code;
    current = 'cause' in current ? current.cause : undefined;
  }
  return '';
}

function errorText(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (current.message !== '' && !parts.includes(current.message)) parts.push(current.message);
    current = current.cause;
  }
  return parts.join(': ') || String(error);
}

export function classifyTransportError(error: unknown): TransportErrorKind {
  const code = errorCode(error);
  const name = error instanceof Error ? error.name : '';
  if (code === 'ECONNREFUSED') return 'refused';
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET' || code === 'UND_ERR_CLOSED')
    return 'reset';
  if (name === 'TimeoutError' || name === 'AbortError' || code.includes('TIMEOUT') || code === 'ETIMEDOUT')
    return 'timeout';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'dns';
  if (
    code.startsWith('ERR_TLS') ||
    code.startsWith('ERR_SSL') ||
    /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|DEPTH_ZERO/.test(code)
  )
    return 'tls';
  return 'other';
}

/** Retry-After as milliseconds (delta-seconds or HTTP-date), undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function shouldRetry(response: HttpResponse): boolean {
  if (response.status === 429) return true;
  return response.status === 503 && response.headers['retry-after'] !== undefined;
}

function headerRecord(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

export class HttpClient {
  readonly #options: HttpClientOptions;

  constructor(options: HttpClientOptions) {
    this.#options = options;
  }

  /** The per-request timeout, for messages that say how long was waited. */
  get timeoutMs(): number {
    return this.#options.timeoutMs;
  }

  /** @param onAttempt called as each attempt (the first, every retry) is sent, answered or not */
  async send(req: HttpRequest, onAttempt?: () => void): Promise<HttpExchange> {
    const startedAt = new Date().toISOString();
    const start = performance.now();
    let retries = 0;
    for (;;) {
      onAttempt?.();
      const response = await this.#once(req);
      if (!shouldRetry(response) || retries >= this.#options.maxRetries) {
        return { request: req, response, startedAt, durationMs: Math.round(performance.now() - start), retries };
      }
      retries++;
      const wait = retryAfterMs(response.headers['retry-after']) ?? 500 * 2 ** (retries - 1);
      await (this.#options.sleep ?? sleep)(Math.min(wait, this.#options.maxRetryWaitMs ?? 30_000));
    }
  }

  async #once(req: HttpRequest): Promise<HttpResponse> {
    try {
      const res = await request(req.url, {
        method: req.method.toUpperCase(),
        headers: req.headers,
        body: req.body,
        dispatcher: dispatcher(),
        signal: AbortSignal.timeout(this.#options.timeoutMs),
      });
      const headers = headerRecord(res.headers);
      const bodyText =
        req.maxBodyBytes === undefined
          ? await res.body.text()
          : await readBounded(res.body, headers, req.url, req.maxBodyBytes);
      return { status: res.statusCode, headers, bodyText };
    } catch (error) {
      if (error instanceof BodyTooLargeError) throw error;
      throw new TransportError(classifyTransportError(error), req.url, errorText(error));
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
