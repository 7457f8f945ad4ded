/**
 * Tests for fetch.ts against loopback servers: redirects followed (loops, too many, no Location
 * refused), a Swagger UI page followed to its document (springdoc's redirect → initializer →
 * swagger-config; swagger-ui's ?url=; an inline configuration; a relative url; a `urls` list; a
 * document on another host), a page that names no document refused, and the size and time limits.
 */
import { expect, test } from '@playwright/test';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { UsageError } from '../core/errors.ts';
import { HttpClient } from '../http/client.ts';
import { TargetError } from '../http/failures.ts';
import { fetchDocument, type FoundDocument } from './fetch.ts';
import { fixtureDocument, simplePaths } from './fixtures/documents.ts';

type Route = (req: IncomingMessage, res: ServerResponse) => void;

interface Site {
  readonly url: string;
  close(): Promise<void>;
}

async function site(routes: Readonly<Record<string, Route>>): Promise<Site> {
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    const route = routes[path] ?? routes[new URL(path, 'http://x').pathname];
    if (route === undefined) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    else route(req, res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? (address satisfies AddressInfo).port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
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

const WEB_MODELER = JSON.stringify(fixtureDocument('3.0.3', simplePaths('/api/v1/projects/search', 'searchProjects')));
const OTHER_API = JSON.stringify(fixtureDocument('3.0.3', simplePaths('/actuator/health', 'health')));

const json =
  (body: string): Route =>
  (_req, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
const html =
  (body: string): Route =>
  (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(`<!DOCTYPE html><html><head><title>Swagger UI</title></head><body>${body}</body></html>`);
const redirect =
  (to: string, status = 302): Route =>
  (_req, res) =>
    res.writeHead(status, { location: to }).end();
const js =
  (body: string): Route =>
  (_req, res) =>
    res.writeHead(200, { 'content-type': 'application/javascript' }).end(body);

/** springdoc's swagger-initializer.js: the petstore placeholder and the configUrl. */
const SPRINGDOC_INITIALIZER = `window.onload = function() {\n  window.ui = SwaggerUIBundle({\n    url: "https://petstore.swagger.io/v2/swagger.json",\n    dom_id: '#swagger-ui',\n    layout: "StandaloneLayout" ,\n  "configUrl" : "/v3/api-docs/swagger-config",\n  "validatorUrl" : ""\n  });\n};`;
const SWAGGER_INDEX =
  '<div id="swagger-ui"></div><script src="./swagger-ui-bundle.js"></script><script src="./swagger-initializer.js" charset="UTF-8"></script>';

const http = new HttpClient({ timeoutMs: 2000, maxRetries: 0 });
const ctx = { http, setting: 'WM_OPENAPI_URL' };

async function found(routes: Readonly<Record<string, Route>>, path: string): Promise<FoundDocument & { base: string }> {
  const s = await site(routes);
  try {
    return { ...(await fetchDocument(ctx, `${s.url}${path}`)), base: s.url };
  } finally {
    await s.close();
  }
}

async function refused(routes: Readonly<Record<string, Route>>, path: string): Promise<string> {
  const s = await site(routes);
  try {
    await fetchDocument(ctx, `${s.url}${path}`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    expect(error.message).not.toContain('\n');
    return error.message.replaceAll(s.url, 'BASE');
  } finally {
    await s.close();
  }
  throw new Error('the document was found');
}

test("springdoc's entry point: /swagger-ui.html → /swagger-ui/index.html → swagger-initializer.js → swagger-config → the document", async () => {
  const result = await found(
    {
      '/swagger-ui.html': redirect('/swagger-ui/index.html'),
      '/swagger-ui/index.html': html(SWAGGER_INDEX),
      '/swagger-ui/swagger-initializer.js': js(SPRINGDOC_INITIALIZER),
      '/v3/api-docs/swagger-config': json(
        JSON.stringify({
          configUrl: '/v3/api-docs/swagger-config',
          oauth2RedirectUrl: 'http://x/swagger-ui/oauth2-redirect.html',
          url: '/v3/api-docs',
          validatorUrl: '',
        }),
      ),
      '/v3/api-docs': json(WEB_MODELER),
    },
    '/swagger-ui.html',
  );
  expect(result).toEqual({
    text: WEB_MODELER,
    url: `${result.base}/v3/api-docs`,
    via: `found through the Swagger UI page ${result.base}/swagger-ui.html`,
    swaggerUi: `${result.base}/swagger-ui.html`,
    base: result.base,
  });
});

test("swagger-ui's ?url= and ?configUrl= queries, and a configuration inline in the page", async () => {
  const routes = {
    '/ui': html('<script>SwaggerUIBundle({ url: "/docs/openapi.json", dom_id: "#swagger-ui" })</script>'),
    '/docs/openapi.json': json(WEB_MODELER),
    '/cfg': json('{"url": "/docs/openapi.json"}'),
  };
  expect((await found(routes, '/ui')).url).toMatch(/\/docs\/openapi\.json$/);
  expect((await found({ ...routes, '/ui': html('') }, '/ui?url=/docs/openapi.json')).url).toMatch(
    /\/docs\/openapi\.json$/,
  );
  expect((await found({ ...routes, '/ui': html('') }, '/ui?configUrl=/cfg')).url).toMatch(/\/docs\/openapi\.json$/);
});

test('a relative url in the swagger-config is tried against the page, then against the config', async () => {
  const base = {
    '/swagger-ui/index.html': html(SWAGGER_INDEX),
    '/swagger-ui/swagger-initializer.js': js(SPRINGDOC_INITIALIZER),
    '/v3/api-docs/swagger-config': json('{"url": "api-docs.json"}'),
  };
  expect(
    (await found({ ...base, '/swagger-ui/api-docs.json': json(WEB_MODELER) }, '/swagger-ui/index.html')).url,
  ).toMatch(/\/swagger-ui\/api-docs\.json$/);
  expect(
    (await found({ ...base, '/v3/api-docs/api-docs.json': json(WEB_MODELER) }, '/swagger-ui/index.html')).url,
  ).toMatch(/\/v3\/api-docs\/api-docs\.json$/);
  expect(await refused(base, '/swagger-ui/index.html')).toBe(
    'document rejected: the Swagger UI page BASE/swagger-ui/index.html names the document "api-docs.json", but BASE/swagger-ui/api-docs.json answered 404; BASE/v3/api-docs/api-docs.json answered 404 — is WM_OPENAPI_URL right?',
  );
});

test('a urls list: the one document with the Web Modeler API paths is chosen; several or none are refused, naming them', async () => {
  const page = {
    '/ui': html('<script src="swagger-initializer.js"></script>'),
    '/swagger-initializer.js': js('SwaggerUIBundle({ configUrl: "/config" })'),
  };
  const list = (urls: { url: string; name: string }[], extra: Record<string, unknown> = {}): Route =>
    json(JSON.stringify({ urls, ...extra }));
  const docs = {
    '/docs/actuator': json(OTHER_API),
    '/docs/public': json(WEB_MODELER),
    '/docs/public-copy': json(WEB_MODELER),
  };
  const chosen = await found(
    {
      ...page,
      ...docs,
      '/config': list([
        { url: '/docs/actuator', name: 'actuator' },
        { url: '/docs/public', name: 'public' },
      ]),
    },
    '/ui',
  );
  expect(chosen.url).toBe(`${chosen.base}/docs/public`);
  expect(chosen.via).toBe(`found through the Swagger UI page ${chosen.base}/ui`);
  expect(
    await refused(
      {
        ...page,
        ...docs,
        '/config': list([
          { url: '/docs/public', name: 'public' },
          { url: '/docs/public-copy', name: 'copy' },
        ]),
      },
      '/ui',
    ),
  ).toBe(
    'document rejected: the Swagger UI page BASE/ui lists 2 documents with the Web Modeler API paths: public (BASE/docs/public), copy (BASE/docs/public-copy) — set WM_OPENAPI_URL to one of them',
  );
  const primary = await found(
    {
      ...page,
      ...docs,
      '/config': list(
        [
          { url: '/docs/public', name: 'public' },
          { url: '/docs/public-copy', name: 'copy' },
        ],
        { 'urls.primaryName': 'copy' },
      ),
    },
    '/ui',
  );
  expect(primary.url).toBe(`${primary.base}/docs/public-copy`);
  expect(
    await refused(
      {
        ...page,
        ...docs,
        '/config': list([
          { url: '/docs/actuator', name: 'actuator' },
          { url: '/docs/missing', name: 'gone' },
        ]),
      },
      '/ui',
    ),
  ).toBe(
    "document rejected: the Swagger UI page BASE/ui lists 2 document(s), none with the Web Modeler API paths (/api/v1, /api/beta): actuator (BASE/docs/actuator), gone (BASE/docs/missing) — set WM_OPENAPI_URL to the Web Modeler API's document",
  );
});

test('a page whose document is on another host', async () => {
  const other = await site({ '/v3/api-docs': json(WEB_MODELER) });
  try {
    const result = await found(
      { '/ui': html(`<script>SwaggerUIBundle({ url: "${other.url}/v3/api-docs" })</script>`) },
      '/ui',
    );
    expect(result.url).toBe(`${other.url}/v3/api-docs`);
    expect(result.text).toBe(WEB_MODELER);
  } finally {
    await other.close();
  }
});

test('only a page that names no document is refused; behind a redirect to another host it may be a login page', async () => {
  expect(await refused({ '/v3/api-docs': html('<h1>Sign in</h1>') }, '/v3/api-docs')).toBe(
    'document rejected: BASE/v3/api-docs returned an HTML page, not an OpenAPI document, and the page names none (no Swagger UI url, urls or configUrl) — is WM_OPENAPI_URL right?',
  );
  const sso = await site({ '/login': html('<form>user, password</form>') });
  try {
    const message = await refused(
      { '/v3/api-docs': redirect(`${sso.url.replace('127.0.0.1', 'localhost')}/login?next=/v3/api-docs`) },
      '/v3/api-docs',
    );
    expect(message).toContain('(redirected to http://localhost:');
    expect(message).toContain(
      'returned an HTML page, not an OpenAPI document, and the page names none (no Swagger UI url, urls or configUrl) (a login page? the document must be readable without a token)',
    );
  } finally {
    await sso.close();
  }
});

test('redirects: followed and named; a loop, too many, or one without Location is refused', async () => {
  const moved = await found({ '/old': redirect('/v3/api-docs', 301), '/v3/api-docs': json(WEB_MODELER) }, '/old');
  expect(moved).toMatchObject({
    url: `${moved.base}/v3/api-docs`,
    via: `redirected from ${moved.base}/old`,
    swaggerUi: null,
  });
  expect(await refused({ '/a': redirect('/b'), '/b': redirect('/a') }, '/a')).toBe(
    'target redirected: BASE/a redirects in a loop: BASE/a → BASE/b → BASE/a',
  );
  const chain = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`/r${i}`, redirect(`/r${i + 1}`)]));
  expect(await refused(chain, '/r0')).toMatch(
    /^target redirected: BASE\/r0 redirects more than 5 times: BASE\/r0 → .* → BASE\/r6$/,
  );
  expect(await refused({ '/x': (_req, res) => res.writeHead(307).end() }, '/x')).toBe(
    'target redirected: BASE/x answered 307 without a Location header',
  );
  expect(await refused({ '/x': redirect('ftp://files.example.com/api.json') }, '/x')).toBe(
    'target redirected: BASE/x answered 302 to ftp: URL, not followed',
  );
});

test('a body past the size limit is rejected unread; a body that stops mid-way times out', async () => {
  const huge = await refused(
    {
      '/v3/api-docs': (_req, res) =>
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(17 * 1024 * 1024) }).end('{'),
    },
    '/v3/api-docs',
  );
  expect(huge).toBe(
    'document rejected: BASE/v3/api-docs is larger than 16 MiB; the suite reads documents up to that size',
  );
  const chunked = await refused(
    {
      '/v3/api-docs': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = `[${'0,'.repeat(512 * 1024)}`;
        for (let i = 0; i < 17; i++) res.write(chunk);
        res.end('0]');
      },
    },
    '/v3/api-docs',
  );
  expect(chunked).toBe(
    'document rejected: BASE/v3/api-docs is larger than 16 MiB; the suite reads documents up to that size',
  );
  const started = Date.now();
  const hung = await refused(
    {
      '/v3/api-docs': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"openapi": "3.0.3", "paths": {');
      },
    },
    '/v3/api-docs',
  );
  expect(hung).toBe(
    'target timed out: the OpenAPI document BASE/v3/api-docs did not arrive within 2 s (WM_REQUEST_TIMEOUT_MS) — use --wait-for-target <seconds> if it is still starting',
  );
  expect(Date.now() - started).toBeLessThan(10_000);
});

test('an unreachable URL is a TargetError of its own kind', async () => {
  const error = await fetchDocument(ctx, 'http://127.0.0.1:9/v3/api-docs').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TargetError);
  expect(error instanceof TargetError ? error.failure : '').toBe('unreachable');
  expect(error instanceof Error ? error.message : '').toMatch(
    /^target unreachable: cannot fetch the OpenAPI document from http:\/\/127\.0\.0\.1:9\/v3\/api-docs: connection refused/,
  );
});
