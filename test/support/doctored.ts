/**
 * A doctored front for the reference target, for the bad-input tests: a loopback proxy that
 * forwards the API and the token endpoint to a reference target, but can replace the served
 * document, the token endpoint's answers, or hand out opaque (non-JWT) tokens it maps back to
 * the real ones — the ways real targets and issuers go wrong.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunningReferenceTarget } from '../../reference/target.ts';

export interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface DoctorOptions {
  /** Replaces the document's answer; gets the real document text and how many times it was asked for (1, 2, …). */
  readonly document?: (real: string, nth: number) => Answer;
  /** Answers an API request instead of the target (undefined: forward it); `nth` counts API requests. */
  readonly api?: (request: {
    readonly method: string;
    readonly path: string;
    readonly nth: number;
  }) => Answer | undefined;
  /** API requests that are never answered (a hanging target; `api` still sees them first); stop() drops them. */
  readonly hang?: (request: { readonly method: string; readonly path: string }) => boolean;
  /** API requests forwarded to the target whose answer is then never sent (the target did the work; the answer was lost). */
  readonly dropAnswer?: (request: { readonly method: string; readonly path: string }) => boolean;
  /** Replaces the token endpoint's answer; gets the real answer. */
  readonly token?: (real: Answer) => Answer;
  /** Hands out opaque tokens instead of JWTs (and maps them back on API calls). */
  readonly opaqueTokens?: boolean;
}

export interface Doctored {
  readonly baseUrl: string;
  readonly env: Record<string, string>;
  stop(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      resolve(body);
    });
  });
}

/** Response headers the front passes on (besides the content type). */
const FORWARDED_HEADERS = ['www-authenticate', 'allow'];

async function forward(url: string, req: IncomingMessage, body: string, authorization?: string): Promise<Answer> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string' && !['host', 'content-length', 'connection'].includes(name)) headers[name] = value;
  }
  if (authorization !== undefined) headers.authorization = authorization;
  const res = await fetch(url, { method: req.method ?? 'GET', headers, ...(body === '' ? {} : { body }) });
  const passed: Record<string, string> = {};
  for (const name of FORWARDED_HEADERS) {
    const value = res.headers.get(name);
    if (value !== null) passed[name] = value;
  }
  return {
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    body: await res.text(),
    headers: passed,
  };
}

export async function doctor(target: RunningReferenceTarget, options: DoctorOptions): Promise<Doctored> {
  const opaque = new Map<string, string>();
  let documents = 0;
  let apiRequests = 0;
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      const body = await readBody(req);
      let answer: Answer;
      if (path === '/token') {
        const real = await forward(target.tokenUrl, req, body);
        answer = options.token?.(real) ?? real;
        if (options.opaqueTokens === true && answer.status === 200) {
          const parsed: unknown = JSON.parse(answer.body);
          if (
            typeof parsed === 'object' &&
            parsed !== null &&
            'access_token' in parsed &&
            typeof parsed.access_token === 'string'
          ) {
            const handle = `opaque-${opaque.size + 1}-${Math.random().toString(36).slice(2)}`;
            opaque.set(handle, parsed.access_token);
            answer = { ...answer, body: JSON.stringify({ ...parsed, access_token: handle }) };
          }
        }
      } else if (path === '/v3/api-docs' && options.document !== undefined) {
        answer = options.document((await forward(`${target.baseUrl}${path}`, req, '')).body, ++documents);
      } else {
        const intercepted = path.startsWith('/api/')
          ? options.api?.({ method: req.method ?? 'GET', path, nth: ++apiRequests })
          : undefined;
        if (path.startsWith('/api/') && options.hang?.({ method: req.method ?? 'GET', path }) === true) return;
        const auth = req.headers.authorization;
        const handle = auth?.startsWith('Bearer ') === true ? auth.slice('Bearer '.length) : undefined;
        const mapped = handle === undefined ? undefined : opaque.get(handle);
        answer =
          intercepted ??
          (await forward(
            `${target.baseUrl}${req.url ?? '/'}`,
            req,
            body,
            mapped === undefined ? undefined : `Bearer ${mapped}`,
          ));
        if (path.startsWith('/api/') && options.dropAnswer?.({ method: req.method ?? 'GET', path }) === true) return;
      }
      res.writeHead(answer.status, {
        ...(answer.contentType === '' ? {} : { 'content-type': answer.contentType }),
        ...answer.headers,
      });
      res.end(answer.body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? (address satisfies AddressInfo).port : 0;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    env: { WM_BASE_URL: baseUrl, WM_OPENAPI_URL: `${baseUrl}/v3/api-docs`, WM_OAUTH_TOKEN_URL: `${baseUrl}/token` },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

export function json(value: unknown, status = 200): Answer {
  return { status, contentType: 'application/json', body: JSON.stringify(value) };
}

export function parseObject(text: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(text);
  return typeof parsed === 'object' && parsed !== null ? Object.fromEntries(Object.entries(parsed)) : {};
}
