/**
 * Calls operations of the live document and judges every response: each call builds the URL
 * from the operation's path template, authenticates as asked, records a redacted exchange and
 * runs every response check (src/checks/response) on the answer.
 */
import type { ClientRole } from '../core/domain.ts';
import { redactHeaders, redactText } from '../core/redact.ts';
import type { TokenProvider } from '../auth/tokens.ts';
import type { CheckRecorder } from '../checks/recorder.ts';
import type { ResponseContext, ResponseExpectation } from '../checks/response/context.ts';
import { RESPONSE_CHECKS } from '../checks/response/index.ts';
import { TRANSPORT_CHECK } from '../checks/transport/transport.ts';
import type { LiveDocument, OperationModel, SchemaValidation } from '../document/types.ts';
import { HttpClient, TransportError, type HttpExchange, type HttpRequest } from '../http/client.ts';
import { isJsonValue, type JsonValue } from '../core/json.ts';
import type { ExchangeRecord } from '../core/check-result.ts';
import { FormData, Response } from 'undici';
import type { FormPart } from '../synth/multipart.ts';

export type AuthMode =
  | { readonly kind: 'client'; readonly role: ClientRole }
  | { readonly kind: 'none' }
  /** An Authorization header sent as is (crafted or broken tokens). */
  | { readonly kind: 'header'; readonly value: string; readonly label: string };

export interface CallOptions {
  readonly path?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string>>;
  /** A JSON body. */
  readonly body?: JsonValue;
  /** A raw body (overrides `body`); null sends no body even where one is required. */
  readonly raw?: string | null;
  /** A `multipart/form-data` body of these parts (overrides `body`; `raw` overrides it). */
  readonly multipart?: readonly FormPart[];
  readonly contentType?: string;
  /** Default: the full client. */
  readonly auth?: AuthMode;
  readonly expect: ResponseExpectation;
  /** Names the case within the test in every check result. */
  readonly case?: string;
}

export interface ApiResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly bodyText: string;
  readonly body: JsonValue | undefined;
  readonly record: ExchangeRecord;
}

const REQUEST_EXCERPT = 4096;
const RESPONSE_EXCERPT = 8192;
const RECORDED_RESPONSE_HEADERS = [
  'content-type',
  'www-authenticate',
  'retry-after',
  'location',
  'content-length',
  'allow',
];

export function buildPath(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for path parameter {${name}} of ${template}`);
    return encodeURIComponent(value);
  });
}

function parseJson(text: string): JsonValue | undefined {
  if (text.trim() === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return isJsonValue(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

export function exchangeRecord(exchange: HttpExchange, client: string): ExchangeRecord {
  const responseHeaders: Record<string, string> = {};
  for (const name of RECORDED_RESPONSE_HEADERS) {
    const value = exchange.response.headers[name];
    if (value !== undefined) responseHeaders[name] = value;
  }
  return {
    method: exchange.request.method.toUpperCase(),
    url: redactText(exchange.request.url),
    requestHeaders: redactHeaders(exchange.request.headers ?? {}),
    ...(exchange.request.body === undefined
      ? {}
      : { requestBody: redactText(clip(exchange.request.body, REQUEST_EXCERPT)) }),
    status: exchange.response.status,
    responseHeaders: redactHeaders(responseHeaders),
    ...(exchange.response.bodyText === ''
      ? {}
      : { responseBody: redactText(clip(exchange.response.bodyText, RESPONSE_EXCERPT)) }),
    durationMs: exchange.durationMs,
    retries: exchange.retries,
    client,
  };
}

/**
 * A multipart body encoded by undici's FormData (boundary, part headers, each part's content
 * type): the bytes as text — the suite's parts are text (README, JSON), so the UTF-8 round trip is
 * exact and the body is recorded like any other.
 */
export async function encodeMultipart(parts: readonly FormPart[]): Promise<{ body: string; contentType: string }> {
  const form = new FormData();
  for (const part of parts) {
    const blob = new Blob([part.content], { type: part.contentType });
    form.append(part.name, blob, part.filename ?? part.name);
  }
  const encoded = new Response(form);
  const contentType = encoded.headers.get('content-type') ?? 'multipart/form-data';
  return { body: Buffer.from(await encoded.arrayBuffer()).toString('utf8'), contentType };
}

export interface ApiClientDeps {
  readonly http: HttpClient;
  readonly baseUrl: string;
  readonly doc: LiveDocument;
  readonly validators: SchemaValidation;
  readonly tokens: TokenProvider;
  readonly recorder: CheckRecorder;
  /** Every answered call of a documented operation (the statuses seen per operation). */
  readonly onExchange?: (exchange: HttpExchange, op: OperationModel) => void;
  /** Every call, answered or not (a timeout, a reset): how many requests it sent, for the run's statistics. */
  readonly onSent?: (sent: SentRequests, op: OperationModel) => void;
}

/** What one call sent: its attempts (the first and every retry after 429/503), and the transport failure that ended it, if one did. */
export interface SentRequests {
  readonly attempts: number;
  readonly durationMs: number;
  readonly failure?: TransportError;
}

/** The answer to a method the document does not list for a path (no response check judges it). */
export interface ProbeResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly record: ExchangeRecord;
}

export class ApiClient {
  readonly #deps: ApiClientDeps;

  constructor(deps: ApiClientDeps) {
    this.#deps = deps;
  }

  get doc(): LiveDocument {
    return this.#deps.doc;
  }

  get recorder(): CheckRecorder {
    return this.#deps.recorder;
  }

  async #authorization(auth: AuthMode): Promise<{ header: string | undefined; client: string }> {
    switch (auth.kind) {
      case 'none':
        return { header: undefined, client: 'no token' };
      case 'header':
        return { header: auth.value, client: auth.label };
      case 'client': {
        const token = await this.#deps.tokens.get(auth.role);
        if (token === null) throw new Error(`no ${auth.role} client is configured`);
        return { header: `Bearer ${token}`, client: auth.role };
      }
    }
  }

  async call(op: OperationModel, options: CallOptions): Promise<ApiResponse> {
    const { header, client } = await this.#authorization(options.auth ?? { kind: 'client', role: 'full' });
    const url = new URL(this.#deps.baseUrl + buildPath(op.path, options.path ?? {}));
    for (const [k, v] of Object.entries(options.query ?? {})) url.searchParams.set(k, v);
    const form =
      options.raw === undefined && options.multipart !== undefined
        ? await encodeMultipart(options.multipart)
        : undefined;
    const body =
      options.raw !== undefined
        ? (options.raw ?? undefined)
        : form !== undefined
          ? form.body
          : options.body === undefined
            ? undefined
            : JSON.stringify(options.body);
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    if (header !== undefined) headers.authorization = header;
    if (body !== undefined || options.contentType !== undefined)
      headers['content-type'] = options.contentType ?? form?.contentType ?? 'application/json';

    const exchange = await this.#send(
      op,
      { method: op.method, url: url.toString(), headers, ...(body === undefined ? {} : { body }) },
      options.case,
    );
    this.#deps.onExchange?.(exchange, op);
    const record = exchangeRecord(exchange, client);
    const response: ApiResponse = {
      status: exchange.response.status,
      headers: exchange.response.headers,
      bodyText: exchange.response.bodyText,
      body: parseJson(exchange.response.bodyText),
      record,
    };
    this.#judge(op, response, options);
    return response;
  }

  /**
   * Sends `method` (one the document does not list for the path) to `op`'s path with the full
   * client's token and no body: counted and recorded like any call, but judged by the caller
   * only (the response checks judge documented operations). A transport failure is recorded
   * under `op` and thrown.
   */
  async probe(
    op: OperationModel,
    method: string,
    options: { readonly path?: Readonly<Record<string, string>>; readonly case?: string } = {},
  ): Promise<ProbeResponse> {
    const { header, client } = await this.#authorization({ kind: 'client', role: 'full' });
    const url = this.#deps.baseUrl + buildPath(op.path, options.path ?? {});
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    if (header !== undefined) headers.authorization = header;
    const exchange = await this.#send(op, { method, url, headers }, options.case);
    return {
      status: exchange.response.status,
      headers: exchange.response.headers,
      record: exchangeRecord(exchange, client),
    };
  }

  /** Sends a request of `op`'s path; every attempt is reported to onSent, answered or not. */
  async #send(op: OperationModel, request: HttpRequest, testCase: string | undefined): Promise<HttpExchange> {
    let attempts = 0;
    const start = performance.now();
    try {
      const exchange = await this.#deps.http.send(request, () => {
        attempts++;
      });
      this.#deps.onSent?.({ attempts, durationMs: exchange.durationMs }, op);
      return exchange;
    } catch (error) {
      const failure = error instanceof TransportError ? error : undefined;
      this.#deps.onSent?.(
        { attempts, durationMs: Math.round(performance.now() - start), ...(failure === undefined ? {} : { failure }) },
        op,
      );
      if (failure !== undefined) {
        this.#deps.recorder.judge(
          TRANSPORT_CHECK,
          op.key,
          { kind: failure.kind, message: redactText(failure.message) },
          { ...(testCase === undefined ? {} : { case: testCase }) },
        );
      }
      throw error;
    }
  }

  #judge(op: OperationModel, response: ApiResponse, options: CallOptions): void {
    const ctx: ResponseContext = {
      op,
      doc: this.#deps.doc,
      validators: this.#deps.validators,
      expectation: options.expect,
      status: response.status,
      headers: response.headers,
      bodyText: response.bodyText,
      body: response.body,
    };
    for (const check of RESPONSE_CHECKS) {
      const verdict = check.judge(ctx);
      if (verdict === null) continue;
      this.#deps.recorder.record(check, op.key, verdict, {
        ...(options.case === undefined ? {} : { case: options.case }),
        exchange: response.record,
      });
    }
  }
}
