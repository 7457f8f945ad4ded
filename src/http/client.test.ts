/** Tests for HttpClient against a small loopback server: exchanges, bounded retries on 429/503, transport errors, Retry-After. */
import { expect, test } from '@playwright/test';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BodyTooLargeError, classifyTransportError, HttpClient, retryAfterMs, TransportError } from './client.ts';

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

interface TestServer {
  readonly url: string;
  /** Requests seen so far, as "METHOD path". */
  readonly seen: string[];
  close(): Promise<void>;
}

/** A server on 127.0.0.1:0 answering the n-th request with handlers[n] (the last one repeats). */
async function serve(handlers: readonly Handler[]): Promise<TestServer> {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const handler = handlers[Math.min(seen.length, handlers.length - 1)];
      seen.push(`${req.method ?? ''} ${req.url ?? ''}`);
      handler?.(req, res, Buffer.concat(chunks).toString('utf8'));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = addressOf(server);
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((done) =>
        server.close(() => {
          done();
        }),
      );
    },
  };
}

function addressOf(server: Server): AddressInfo {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening on a port');
  return address;
}

function answer(status: number, headers: Record<string, string | string[]> = {}, body = ''): Handler {
  return (_req, res) => {
    res.writeHead(status, headers);
    res.end(body);
  };
}

/** A client whose sleeps are recorded and do not wait. */
function client(maxRetries = 3, maxRetryWaitMs?: number): { http: HttpClient; waits: number[] } {
  const waits: number[] = [];
  const sleep = (ms: number): Promise<void> => {
    waits.push(ms);
    return Promise.resolve();
  };
  return {
    http: new HttpClient({
      timeoutMs: 2000,
      maxRetries,
      sleep,
      ...(maxRetryWaitMs === undefined ? {} : { maxRetryWaitMs }),
    }),
    waits,
  };
}

async function transportError(action: () => Promise<unknown>): Promise<TransportError> {
  try {
    await action();
  } catch (error) {
    if (error instanceof TransportError) return error;
    throw error;
  }
  throw new Error('no TransportError was thrown');
}

test('an exchange records request, status, lower-case headers, body and no retries', async () => {
  let received = { method: '', contentType: '', body: '' };
  const server = await serve([
    (req, res, body) => {
      received = { method: req.method ?? '', contentType: req.headers['content-type'] ?? '', body };
      res.writeHead(200, { 'Content-Type': 'application/json', 'X-Multi': ['a', 'b'] });
      res.end('{"ok":true}');
    },
  ]);
  try {
    const request = {
      method: 'post',
      url: `${server.url}/api/v1/projects`,
      headers: { 'content-type': 'application/json' },
      body: '{"name":"x"}',
    };
    const exchange = await client().http.send(request);
    expect(received).toEqual({ method: 'POST', contentType: 'application/json', body: '{"name":"x"}' });
    expect(exchange.request).toBe(request);
    expect(exchange.response.status).toBe(200);
    expect(exchange.response.bodyText).toBe('{"ok":true}');
    expect(exchange.response.headers['content-type']).toBe('application/json');
    expect(exchange.response.headers['x-multi']).toBe('a, b');
    expect(exchange.retries).toBe(0);
    expect(Number.isNaN(Date.parse(exchange.startedAt))).toBe(false);
    expect(exchange.durationMs).toBeGreaterThanOrEqual(0);
  } finally {
    await server.close();
  }
});

test('429 is retried honouring Retry-After, and the retries are counted', async () => {
  const server = await serve([
    answer(429, { 'Retry-After': '2' }),
    answer(429, { 'Retry-After': '0' }),
    answer(200, {}, 'done'),
  ]);
  try {
    const { http, waits } = client();
    const exchange = await http.send({ method: 'GET', url: `${server.url}/x` });
    expect([exchange.response.status, exchange.response.bodyText, exchange.retries]).toEqual([200, 'done', 2]);
    expect(waits).toEqual([2000, 0]);
    expect(server.seen).toEqual(['GET /x', 'GET /x', 'GET /x']);
  } finally {
    await server.close();
  }
});

test('429 without Retry-After backs off exponentially; long waits are capped', async () => {
  const server = await serve([answer(429), answer(429), answer(429, { 'Retry-After': '120' }), answer(200)]);
  try {
    const { http, waits } = client(3, 5000);
    expect((await http.send({ method: 'GET', url: server.url })).retries).toBe(3);
    expect(waits).toEqual([500, 1000, 5000]);
  } finally {
    await server.close();
  }
});

test('503 with Retry-After (seconds or HTTP-date) is retried', async () => {
  const later = new Date(Date.now() + 10_000).toUTCString();
  const server = await serve([answer(503, { 'Retry-After': later }), answer(503, { 'Retry-After': '1' }), answer(204)]);
  try {
    const { http, waits } = client();
    const exchange = await http.send({ method: 'DELETE', url: server.url });
    expect([exchange.response.status, exchange.retries]).toEqual([204, 2]);
    expect(waits[0]).toBeGreaterThan(5000);
    expect(waits[0]).toBeLessThanOrEqual(10_000);
    expect(waits[1]).toBe(1000);
  } finally {
    await server.close();
  }
});

test('503 without Retry-After and 500 are not retried', async () => {
  for (const handler of [answer(503), answer(500, { 'Retry-After': '1' })]) {
    const server = await serve([handler, answer(200)]);
    try {
      const { http, waits } = client();
      const exchange = await http.send({ method: 'GET', url: server.url });
      expect([exchange.response.status >= 500, exchange.retries, waits, server.seen.length]).toEqual([true, 0, [], 1]);
    } finally {
      await server.close();
    }
  }
});

test('retries stop at maxRetries and the last answer is returned', async () => {
  const server = await serve([answer(429, { 'Retry-After': '1' })]);
  try {
    const { http, waits } = client(2);
    const exchange = await http.send({ method: 'GET', url: server.url });
    expect([exchange.response.status, exchange.retries, waits.length, server.seen.length]).toEqual([429, 2, 2, 3]);
    const none = client(0);
    expect((await none.http.send({ method: 'GET', url: server.url })).retries).toBe(0);
    expect(none.waits).toEqual([]);
  } finally {
    await server.close();
  }
});

test('a server that does not answer in time is a timeout', async () => {
  const server = await serve([() => undefined]);
  try {
    const http = new HttpClient({ timeoutMs: 150, maxRetries: 3 });
    const error = await transportError(() => http.send({ method: 'GET', url: `${server.url}/slow` }));
    expect(error.kind).toBe('timeout');
    expect(error.url).toBe(`${server.url}/slow`);
    expect(error.message).toMatch(/^request timed out for http:\/\/127\.0\.0\.1:\d+\/slow: /);
  } finally {
    await server.close();
  }
});

test('a closed port is a refused connection', async () => {
  const server = await serve([answer(200)]);
  const url = `${server.url}/gone`;
  await server.close();
  const error = await transportError(() => client().http.send({ method: 'GET', url }));
  expect(error.kind).toBe('refused');
  expect(error.message).toMatch(/^connection refused for http:\/\/127\.0\.0\.1:\d+\/gone: /);
});

test('retryAfterMs reads delta-seconds and HTTP-dates', () => {
  const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
  expect(retryAfterMs('5')).toBe(5000);
  expect(retryAfterMs(' 0 ')).toBe(0);
  expect(retryAfterMs('Wed, 21 Oct 2015 07:28:30 GMT', now)).toBe(30_000);
  expect(retryAfterMs('Wed, 21 Oct 2015 07:27:00 GMT', now)).toBe(0);
  expect(retryAfterMs(undefined)).toBeUndefined();
  expect(retryAfterMs('  ')).toBeUndefined();
  expect(retryAfterMs('soon')).toBeUndefined();
});

test('classifyTransportError reads codes through causes and names', () => {
  const withCode = (code: string): Error => Object.assign(new Error('inner'), { code });
  const wrapped = (cause: unknown): Error => new Error('fetch failed', { cause });
  expect(classifyTransportError(wrapped(withCode('ECONNREFUSED')))).toBe('refused');
  expect(classifyTransportError(wrapped(wrapped(withCode('ECONNRESET'))))).toBe('reset');
  expect(classifyTransportError(withCode('UND_ERR_SOCKET'))).toBe('reset');
  expect(classifyTransportError(Object.assign(new Error('t'), { name: 'TimeoutError' }))).toBe('timeout');
  expect(classifyTransportError(withCode('UND_ERR_CONNECT_TIMEOUT'))).toBe('timeout');
  expect(classifyTransportError(wrapped(withCode('ENOTFOUND')))).toBe('dns');
  expect(classifyTransportError(withCode('EAI_AGAIN'))).toBe('dns');
  expect(classifyTransportError(withCode('DEPTH_ZERO_SELF_SIGNED_CERT'))).toBe('tls');
  expect(classifyTransportError(withCode('ERR_TLS_CERT_ALTNAME_INVALID'))).toBe('tls');
  expect(classifyTransportError(withCode('UNABLE_TO_VERIFY_LEAF_SIGNATURE'))).toBe('tls');
  expect(classifyTransportError(new Error('odd'))).toBe('other');
  expect(classifyTransportError('a string')).toBe('other');
});

test('maxBodyBytes: a longer body is a BodyTooLargeError (declared or streamed), a body within it is read whole', async () => {
  const server = await serve([
    answer(200, { 'content-length': '2048' }, 'x'.repeat(2048)),
    (_req, res) => {
      res.writeHead(200);
      for (let i = 0; i < 4; i++) res.write('y'.repeat(600));
      res.end();
    },
    answer(200, {}, 'z'.repeat(1024)),
  ]);
  try {
    const { http } = client();
    const url = `${server.url}/doc`;
    await expect(http.send({ method: 'GET', url, maxBodyBytes: 1024 })).rejects.toBeInstanceOf(BodyTooLargeError);
    await expect(http.send({ method: 'GET', url, maxBodyBytes: 1024 })).rejects.toThrow(
      `${url} answered with a body larger than 1024 bytes`,
    );
    expect((await http.send({ method: 'GET', url, maxBodyBytes: 1024 })).response.bodyText).toBe('z'.repeat(1024));
    expect(http.timeoutMs).toBe(2000);
  } finally {
    await server.close();
  }
});
