/**
 * The one HTTP client of the suite (document fetch, token endpoint, API calls), on undici.
 *
 * - Proxies: undici's EnvHttpProxyAgent honours HTTP_PROXY / HTTPS_PROXY / NO_PROXY (either
 *   case); private CAs: Node's TLS honours NODE_EXTRA_CA_CERTS for every connection.
 * - A timeout per request; transport failures become a TransportError with a kind (refused,
 *   reset, timeout, tls, dns), so they are never mistaken for contract failures.
 * - 429, and 503 with Retry-After, are retried a bounded number of times honouring
 *   Retry-After; the retries are counted on the exchange. Other 5xx are never retried.
 */
import { EnvHttpProxyAgent, request, type Dispatcher } from 'undici';

export interface HttpRequest {
  readonly method: string;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Raw request body text; undefined sends none. */
  readonly body?: string;
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
  constructor(kind: TransportErrorKind, url: string, detail: string) {
    super(`${transportKindText(kind)} for ${url}: ${detail}`);
    this.name = 'TransportError';
    this.kind = kind;
    this.url = url;
  }
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
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET' || code === 'UND_ERR_CLOSED') return 'reset';
  if (name === 'TimeoutError' || name === 'AbortError' || code.includes('TIMEOUT') || code === 'ETIMEDOUT') return 'timeout';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'dns';
  if (code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL') || /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|DEPTH_ZERO/.test(code)) return 'tls';
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
      const bodyText = await res.body.text();
      return { status: res.statusCode, headers: headerRecord(res.headers), bodyText };
    } catch (error) {
      throw new TransportError(classifyTransportError(error), req.url, errorText(error));
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
