/**
 * The conventions of the whole hub-v2 API and its served document: a valid, deterministic
 * OpenAPI 3.0.3 document generated from the route table (66 operations, no dangling $ref, the
 * chaining annotations); strict request bodies; an RFC 9457 problem on every error; 401 with
 * `WWW-Authenticate` for every kind of bad token; 403 naming the missing permission, by operation
 * kind; the problem knobs; and the shared knobs (faults) applying to this generation too.
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import { expect, test } from '@playwright/test';
import { isJsonObject, type JsonObject, type JsonValue } from '../../src/core/json.ts';
import { startReferenceTarget } from '../target.ts';
import { call, client, field, type Client } from '../../test/support/reference-client.ts';
import { DEFAULT_HUB_BEHAVIOUR } from './knobs.ts';
import { hubRoutes } from './route-table.ts';
import { expectProblem, file, project, startHub, workspace, type HubFixture } from '../../test/support/hub.ts';

let hub: HubFixture;
let api: Client;

test.beforeAll(async () => {
  hub = await startHub();
  api = hub.api;
});

test.afterAll(async () => {
  await hub.target.stop();
});

async function servedDocument(fixture: HubFixture): Promise<JsonObject> {
  const reply = await fetch(fixture.target.openapiUrl);
  expect(reply.status).toBe(200);
  const doc: unknown = await reply.json();
  if (!isJsonObject(doc)) throw new Error('the served document is not a JSON object');
  return doc;
}

function refsOf(value: JsonValue, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsOf(v, out));
  else if (isJsonObject(value))
    for (const [k, v] of Object.entries(value))
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refsOf(v, out);
  return out;
}

function pointer(doc: JsonObject, ref: string): JsonValue | undefined {
  let current: JsonValue | undefined = doc;
  for (const token of ref.replace(/^#\//, '').split('/'))
    current = isJsonObject(current) ? current[token.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  return current;
}

test('the served document is a valid OpenAPI 3.0.3 document of the 66 operations, self-contained, with the chaining annotations', async () => {
  const doc = await servedDocument(hub);
  expect(doc.openapi).toBe('3.0.3');
  const result = await new Validator().validate(doc);
  expect(result.errors ?? []).toEqual([]);
  expect(doc.servers).toEqual([{ url: '/api/v2', description: 'The Hub API v2 of this server.' }]);
  expect(doc.security).toEqual([{ bearerAuth: [] }]);
  const ops = Object.entries(isJsonObject(doc.paths) ? doc.paths : {}).flatMap(([path, item]) =>
    Object.entries(isJsonObject(item) ? item : {}).map(
      ([method, op]) => `${method} ${path} ${String(field(op, 'operationId'))}`,
    ),
  );
  expect(ops.sort()).toEqual(
    hubRoutes()
      .map((r) => `${r.method} ${r.path} ${r.operationId}`)
      .sort(),
  );
  expect(ops).toHaveLength(66);
  expect(refsOf(doc).filter((ref) => pointer(doc, ref) === undefined)).toEqual([]);
  expect(field(doc, 'paths', '/files', 'post', 'x-semantic-provider')).toEqual(['fileKey', 'revision']);
  expect(field(doc, 'paths', '/files/{fileKey}', 'get', 'x-semantic-requires')).toEqual({
    kind: 'File',
    bind: { fileKey: { from: 'path', name: 'fileKey' } },
  });
  expect(field(doc, 'paths', '/members/search', 'post', 'x-semantic-requires')).toEqual({
    kind: 'Workspace',
    bind: { workspaceKey: { from: 'body', name: 'filter.workspaceKey' } },
  });
  expect(field(doc, 'paths', '/workspaces/{workspaceKey}/members', 'post', 'x-semantic-establishes', 'kind')).toBe(
    'WorkspaceMemberMembership',
  );
  expect(field(doc, 'components', 'schemas', 'MemberEmail', 'x-semantic-client-minted')).toBe(true);
  expect(field(doc, 'components', 'responses', 'Unauthorized', 'headers', 'WWW-Authenticate')).toBeDefined();
  expect(JSON.stringify(doc)).not.toContain('__reference');
});

test('the document is the same on every start (no port, no date in it)', async () => {
  const other = await startHub();
  try {
    expect(JSON.stringify(await servedDocument(other))).toBe(JSON.stringify(await servedDocument(hub)));
  } finally {
    await other.target.stop();
  }
});

test('strict bodies: unknown properties of create and update bodies are 400 (not of search queries); the knob lets them through', async () => {
  const ws = await workspace(api);
  expectProblem(
    await api('POST', '/workspaces', { body: { name: 'x', color: 'red' } }),
    400,
    /'color' is not a known property/,
  );
  expectProblem(await api('PATCH', `/workspaces/${ws}`, { body: { id: ws } }), 400, /'id' is not a known property/);
  expectProblem(
    await api('POST', '/projects', { body: { name: 'x', workspaceKey: ws, folderKey: null } }),
    400,
    /'folderKey' is not a known property/,
  );
  expect((await api('POST', '/workspaces/search', { body: { size: 5 } })).status).toBe(200);
  const lax = await startHub({ rejectUnknownProperties: false, nullForOptional: 'reject' });
  try {
    expect((await lax.api('POST', '/workspaces', { body: { name: 'x', color: 'red' } })).status).toBe(200);
    expectProblem(
      await lax.api('POST', '/workspaces', { body: { name: 'x', description: null } }),
      400,
      /'description' must not be null/,
    );
  } finally {
    await lax.target.stop();
  }
});

test('names are 1 to 255 characters and not blank; required properties are required; types are checked', async () => {
  const p = await project(api);
  const cases: [unknown, RegExp][] = [
    [{}, /'name' must not be null/],
    [{ name: '' }, /'name'/],
    [{ name: '   ' }, /'name' must not be blank/],
    [{ name: 'x'.repeat(256) }, /'name'/],
    [{ name: 5 }, /'name' must be string/],
    [{ name: null }, /'name' must not be null/],
  ];
  for (const [body, detail] of cases) expectProblem(await api('POST', '/workspaces', { body }), 400, detail);
  expect((await api('POST', '/workspaces', { body: { name: 'x'.repeat(255) } })).status).toBe(200);
  expectProblem(
    await api('POST', '/files', { body: { name: 'f', projectKey: p, type: 'bpmn', content: '' } }),
    400,
    /'content'/,
  );
  expectProblem(
    await api('POST', '/files', { body: { name: 'f', projectKey: p, type: 'connector_template', content: 'x' } }),
    400,
    /'type' must be one of/,
  );
});

test('every error is a problem: malformed JSON, missing body, wrong top level, 404 path, 404 key, 405 with Allow, 409, 415', async () => {
  expectProblem(await api('POST', '/workspaces', { rawBody: '{"name":' }), 400, /JSON parse error/);
  expectProblem(await api('POST', '/workspaces'), 400, /Required request body is missing/);
  expectProblem(await api('POST', '/workspaces', { rawBody: '["x"]' }), 400, /JSON parse error/);
  expectProblem(await api('GET', '/nothing-here'), 404, /No endpoint GET \/api\/v2\/nothing-here/);
  expectProblem(await api('GET', '/files/00000000-0000-4000-8000-000000000000'), 404, /No file with key/);
  const notAllowed = await api('PUT', '/workspaces');
  expectProblem(notAllowed, 405);
  expect(notAllowed.headers.get('allow')).toBe('POST');
  const doc = await file(api, await project(api));
  expectProblem(await api('PATCH', `/files/${doc}`, { body: { revision: 9 } }), 409);
  expectProblem(
    await api('POST', '/workspaces', { rawBody: 'name=x', headers: { 'content-type': 'text/plain' } }),
    415,
  );
});

test('401 with WWW-Authenticate and a problem for a missing, malformed, expired, foreign-audience or Basic credential; before routing', async () => {
  const expired = await hub.target.mintToken('full', -60);
  const foreign = await hub.target.mintToken('foreign', 60);
  const cases: [Record<string, string>, RegExp][] = [
    [{}, /^Bearer$/],
    [{ authorization: 'Bearer not-a-token' }, /error="invalid_token"/],
    [{ authorization: `Bearer ${expired}` }, /Jwt expired at/],
    [{ authorization: `Bearer ${foreign}` }, /The required audience is missing/],
    [{ authorization: 'Basic dXNlcjpwYXNz' }, /^Bearer$/],
  ];
  for (const path of ['/workspaces/search', '/no-such-path']) {
    for (const [headers, challenge] of cases) {
      const reply = await call(hub.target, 'POST', path, { headers, body: {} });
      expectProblem(reply, 401);
      expect(reply.headers.get('www-authenticate')).toMatch(challenge);
    }
  }
});

test('403 names the missing permission: the read-only client may read and search, and nothing else (permission by operation kind)', async () => {
  const limited = client(hub.target, await hub.target.mintToken('limited', 600));
  for (const route of hubRoutes()) {
    const path = route.path.replace(/\{email\}/, 'alice@example.com').replace(/\{[^}]+\}/g, 'some-key');
    const reply = await limited(route.method.toUpperCase(), path, route.requestBody === undefined ? {} : { body: {} });
    const kind = route.permission === 'any' || route.permission === 'read' ? 'allowed' : route.permission;
    expect(kind, route.operationId).toBe(permissionOfKind(route.method, route.path, route.operationId));
    if (kind === 'allowed') {
      expect(reply.status, `${route.operationId}: ${reply.text}`).not.toBe(403);
      continue;
    }
    expectProblem(reply, 403, new RegExp(`${route.operationId} needs the '${kind}' permission`));
    expect(reply.headers.get('www-authenticate')).toMatch(/error="insufficient_scope"/);
  }
});

/**
 * The *assumed* mapping, stated independently of the route table: reads and searches → read;
 * creates (duplication and cluster registration too) → create; updates, replacements (PUT),
 * restorations, member upserts, review requests and reviews → update; deletes, removals,
 * permanent deletes and purges → delete.
 */
function permissionOfKind(method: string, path: string, operationId: string): string {
  if (operationId === 'getInfo' || method === 'get' || path.endsWith('/search')) return 'allowed';
  if (
    path.endsWith('/restoration') ||
    method === 'patch' ||
    method === 'put' ||
    operationId === 'addMember' ||
    /\/review(-request)?s$/.test(path)
  )
    return 'update';
  if (method === 'delete') return 'delete';
  return 'create';
}

test('problem knobs: docs URI types, instance without /api, an empty 401', async () => {
  const other = await startHub({ problemType: 'docs-uri', problemInstance: 'path-without-api', problemOn401: false });
  try {
    const reply = await other.api('GET', '/files/nope');
    expect(reply.json).toMatchObject({
      type: 'https://docs.camunda.io/api/v2.0/problem-types/not-found',
      title: 'Not Found',
      status: 404,
      instance: '/v2/files/nope',
    });
    const anonymous = await call(other.target, 'GET', '/info');
    expect(anonymous.status).toBe(401);
    expect(anonymous.text).toBe('');
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
  } finally {
    await other.target.stop();
  }
  expect(DEFAULT_HUB_BEHAVIOUR.problemType).toBe('about:blank');
});

test('the shared faults change hub-v2 too: permissions-ignored lets the read-only client create, create-201 changes the status of createProject', async () => {
  const target = await startReferenceTarget({ generation: 'hub-v2', faults: ['permissions-ignored', 'create-201'] });
  try {
    const limited = client(target, await target.mintToken('limited', 60));
    const created = await limited('POST', '/workspaces', { body: { name: 'x' } });
    expect(created.status).toBe(200);
    expect(
      (await limited('POST', '/projects', { body: { name: 'p', workspaceKey: field(created.json, 'workspaceKey') } }))
        .status,
    ).toBe(201);
  } finally {
    await target.stop();
  }
});

test('the stats count hub-v2 resources in its own terms', async () => {
  const other = await startHub();
  try {
    const p = await project(other.api);
    await file(other.api, p);
    expect(other.target.stats().resources).toEqual({
      workspaces: 1,
      projects: 1,
      folders: 0,
      files: 1,
      versions: 0,
      members: 0,
      softDeleted: 0,
      projectSnapshots: 0,
      clusters: 0,
      catalogAssets: 0,
    });
    expect(other.target.stats().requestsByOperation).toMatchObject({
      createWorkspace: 1,
      createProject: 1,
      createFile: 1,
    });
  } finally {
    await other.target.stop();
  }
});
