/** HttpClient.send reports every attempt as it is sent — retries and an attempt the target never answered included (the run's request count). */
import { expect, test } from '@playwright/test';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpClient, TransportError } from './client.ts';

test('every attempt is reported: two 429s retried, then one that times out', async () => {
  let seen = 0;
  const held: ServerResponse[] = [];
  const server = createServer((req, res) => {
    req.resume();
    seen++;
    if (seen <= 2) {
      res.writeHead(429, { 'retry-after': '0' });
      res.end();
    } else {
      held.push(res);
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? (address satisfies AddressInfo).port : 0;
  try {
    const http = new HttpClient({ timeoutMs: 300, maxRetries: 3, sleep: () => Promise.resolve() });
    let attempts = 0;
    const error = await http
      .send({ method: 'POST', url: `http://127.0.0.1:${port}/x` }, () => attempts++)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect(error instanceof TransportError ? error.kind : '').toBe('timeout');
    expect(attempts).toBe(3);
    expect(attempts).toBe(seen);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((done) =>
      server.close(() => {
        done();
      }),
    );
  }
});
