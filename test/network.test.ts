/**
 * Real networks between the suite and a staging target: an HTTP(S) proxy (HTTPS_PROXY /
 * HTTP_PROXY / NO_PROXY) carries both the token endpoint and the API; a target behind TLS with
 * a private CA works with NODE_EXTRA_CA_CERTS and fails with one line without it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expiredTokenEnv, standaloneTarget, startSuite } from './support/standalone.ts';

test.describe.configure({ mode: 'parallel' });

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? (address satisfies AddressInfo).port : 0);
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => {
      resolve();
    });
  });
}

/** A forward proxy (CONNECT tunnels and absolute-form requests) that remembers every origin it carried. */
async function forwardProxy(): Promise<{ url: string; origins: Set<string>; stop: () => Promise<void> }> {
  const origins = new Set<string>();
  const sockets = new Set<Socket>();
  const server = createHttpServer((req, res) => {
    const target = new URL(req.url ?? '/');
    origins.add(target.host);
    const upstream = httpRequest(target, { method: req.method ?? 'GET', headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(upstream);
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    const [host = '127.0.0.1', port = '80'] = (req.url ?? '').split(':');
    origins.add(`${host}:${port}`);
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream).add(client);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}`,
    origins,
    stop: async () => {
      for (const s of sockets) s.destroy();
      await close(server);
    },
  };
}

test('the token endpoint and the API are reached through HTTP_PROXY, and NO_PROXY bypasses it', async () => {
  const target = await standaloneTarget();
  const proxy = await forwardProxy();
  try {
    const api = new URL(target.baseUrl).host;
    const issuer = new URL(target.tokenUrl).host;
    // Given, as a user may (no run here is about the expired token): not waited out.
    const expired = await expiredTokenEnv(target);
    const through = startSuite(
      target,
      { ...expired, HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NO_PROXY: '', WM_MAX_CONCURRENCY: '1' },
      ['--grep', '@info'],
    );
    expect((await through.exited).code, through.output().slice(-2000)).toBe(0);
    expect([...proxy.origins].sort()).toEqual([api, issuer].sort());

    proxy.origins.clear();
    const bypass = startSuite(
      target,
      { ...expired, HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NO_PROXY: '127.0.0.1', WM_MAX_CONCURRENCY: '1' },
      ['--grep', '@info'],
    );
    expect((await bypass.exited).code, bypass.output().slice(-2000)).toBe(0);
    expect([...proxy.origins]).toEqual([]);
  } finally {
    await proxy.stop();
    await target.stop();
  }
});

/** A private CA and a certificate for 127.0.0.1 signed by it (openssl). */
function privateCa(): { caFile: string; key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'wmct-ca-'));
  const run = (...args: string[]): void => {
    execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
  };
  run(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '1',
    '-subj',
    '/CN=wmct test CA',
  );
  run('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1');
  writeFileSync(join(dir, 'san.ext'), 'subjectAltName=IP:127.0.0.1\n');
  run(
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'server.pem',
    '-days',
    '1',
    '-extfile',
    'san.ext',
  );
  return {
    caFile: join(dir, 'ca.pem'),
    key: readFileSync(join(dir, 'server.key')),
    cert: readFileSync(join(dir, 'server.pem')),
  };
}

test('a target behind TLS with a private CA works with NODE_EXTRA_CA_CERTS and is one line without it', async () => {
  const target = await standaloneTarget();
  const ca = privateCa();
  // A TLS front for both the API and the token endpoint of the reference target.
  const front = createHttpsServer({ key: ca.key, cert: ca.cert }, (req, res) => {
    const upstream = new URL(
      req.url ?? '/',
      req.url?.startsWith('/auth/') === true ? target.issuerUrl.replace(/\/auth\/.*$/, '') : target.baseUrl,
    );
    const proxied = httpRequest(
      upstream,
      { method: req.method ?? 'GET', headers: { ...req.headers, host: upstream.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    req.pipe(proxied);
  });
  const port = await listen(front);
  const base = `https://127.0.0.1:${port}`;
  const env = {
    WM_BASE_URL: base,
    WM_OPENAPI_URL: `${base}/v3/api-docs`,
    WM_OAUTH_TOKEN_URL: `${base}${new URL(target.tokenUrl).pathname}`,
    WM_MAX_CONCURRENCY: '1',
  };
  try {
    // Given, as a user may (no run here is about the expired token): not waited out.
    const expired = await expiredTokenEnv(target);
    const trusted = startSuite(target, { ...env, ...expired, NODE_EXTRA_CA_CERTS: ca.caFile }, ['--grep', '@info']);
    expect((await trusted.exited).code, trusted.output().slice(-2000)).toBe(0);

    const untrusted = startSuite(target, env, ['--grep', '@info']);
    const { code } = await untrusted.exited;
    expect(code, untrusted.output().slice(-2000)).toBe(2);
    expect(untrusted.output()).toMatch(
      /^wm-conformance: target unreachable: cannot fetch the OpenAPI document: TLS failure .* — check WM_OPENAPI_URL \/ WM_BASE_URL and NODE_EXTRA_CA_CERTS$/m,
    );
  } finally {
    await close(front);
    await target.stop();
  }
});
