/**
 * A scripted front for the reference target, for tests of targets that fail in transport: a
 * loopback proxy that forwards everything (the token endpoint at /token) without following
 * redirects, unless `route` answers a request itself — with any status and headers (a 302 to a
 * login page), with a body that stops half-way and never ends, or not at all (a hang).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';
import type { RunningReferenceTarget } from '../../reference/target.ts';

export type FrontAnswer =
  | { readonly status: number; readonly headers?: Readonly<Record<string, string>>; readonly body?: string }
  /** Headers and the start of a body, then nothing: a body that hangs mid-way. */
  | { readonly partial: string; readonly contentType: string }
  /** No answer at all. */
  | { readonly hang: true };

export interface FrontRequest {
  readonly method: string;
  /** Path and query. */
  readonly url: string;
  readonly path: string;
  /** How many requests this front has seen for this path (1, 2, …). */
  readonly nth: number;
  /** The front's own base URL (for redirects to itself). */
  readonly base: string;
}

export interface Front {
  readonly baseUrl: string;
  /** WM_* lines that point the suite at the front instead of the target. */
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

async function forward(url: string, req: IncomingMessage, body: string, res: ServerResponse): Promise<void> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string' && !['host', 'content-length', 'connection'].includes(name)) headers[name] = value;
  }
  const answer = await request(url, { method: req.method ?? 'GET', headers, ...(body === '' ? {} : { body }) });
  const text = await answer.body.text();
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(answer.headers)) {
    if (
      typeof value === 'string' &&
      !['content-length', 'connection', 'transfer-encoding', 'keep-alive'].includes(name)
    )
      out[name] = value;
  }
  res.writeHead(answer.statusCode, out);
  res.end(text);
}

export async function front(
  target: RunningReferenceTarget,
  route: (req: FrontRequest) => FrontAnswer | undefined,
): Promise<Front> {
  const seen = new Map<string, number>();
  let base = '';
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = req.url ?? '/';
      const path = new URL(url, 'http://127.0.0.1').pathname;
      const body = await readBody(req);
      const nth = (seen.get(path) ?? 0) + 1;
      seen.set(path, nth);
      const answer = route({ method: (req.method ?? 'GET').toUpperCase(), url, path, nth, base });
      if (answer === undefined) {
        await forward(path === '/token' ? target.tokenUrl : `${target.baseUrl}${url}`, req, body, res);
      } else if ('hang' in answer) {
        // never answered; the connection is closed when the front stops
      } else if ('partial' in answer) {
        res.writeHead(200, { 'content-type': answer.contentType });
        res.write(answer.partial);
      } else {
        res.writeHead(answer.status, answer.headers ?? {});
        res.end(answer.body ?? '');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? (address satisfies AddressInfo).port : 0;
  base = `http://127.0.0.1:${port}`;
  return {
    baseUrl: base,
    env: { WM_BASE_URL: base, WM_OPENAPI_URL: `${base}/v3/api-docs`, WM_OAUTH_TOKEN_URL: `${base}/token` },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
