/**
 * hub-v2 searches through the API: paging (`page: {from, limit}` → `page: {totalItems,
 * hasMoreTotalItems}`, default limit 100, limits 1–10,000), every filter operator on the wire
 * (`$like` escapes and a literal `%` included), sort arrays, the required filters of members and
 * versions, `content: null` in file results, and the search knobs.
 */
import { expect, test } from '@playwright/test';
import { field, type Client } from '../../test/support/reference-client.ts';
import {
  expectProblem,
  file,
  folder,
  keysOf,
  project,
  startHub,
  workspace,
  type HubFixture,
} from '../../test/support/hub.ts';

let hub: HubFixture;
let api: Client;
let projectKey = '';
let folderKey = '';
const files: Record<string, string> = {};

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  hub = await startHub();
  api = hub.api;
  projectKey = await project(api);
  folderKey = await folder(api, projectKey);
  for (const name of ['alpha', 'Beta', 'gamma*', '100%', 'a?c', 'abc'])
    files[name] = await file(api, projectKey, name === 'alpha' ? folderKey : null, name);
});

test.afterAll(async () => {
  await hub.target.stop();
});

async function names(filter: unknown, extra: Record<string, unknown> = {}): Promise<unknown[]> {
  const reply = await api('POST', '/files/search', {
    body: { filter: { projectKey, ...(typeof filter === 'object' ? filter : {}) }, ...extra },
  });
  expect(reply.status, reply.text).toBe(200);
  return keysOf(reply, 'name');
}

test('no body, an empty body and {} all answer every live item with page {totalItems, hasMoreTotalItems}', async () => {
  for (const options of [{}, { rawBody: '' }, { body: {} }]) {
    const reply = await api('POST', '/projects/search', options);
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ items: [{ projectKey }], page: { totalItems: 1, hasMoreTotalItems: false } });
  }
});

test('paging: limit, from and limit, a page past the end, the default limit of 100', async () => {
  const local = await startHub();
  try {
    for (let i = 0; i < 105; i += 1) await workspace(local.api, `w${String(i).padStart(3, '0')}`);
    const all = await local.api('POST', '/workspaces/search');
    expect(keysOf(all, 'name')).toHaveLength(100);
    expect(field(all.json, 'page')).toEqual({ totalItems: 105, hasMoreTotalItems: false });
    const sorted = { sort: [{ field: 'name' }] };
    expect(
      keysOf(await local.api('POST', '/workspaces/search', { body: { ...sorted, page: { limit: 2 } } }), 'name'),
    ).toEqual(['w000', 'w001']);
    expect(
      keysOf(
        await local.api('POST', '/workspaces/search', { body: { ...sorted, page: { from: 103, limit: 5 } } }),
        'name',
      ),
    ).toEqual(['w103', 'w104']);
    expect(
      keysOf(await local.api('POST', '/workspaces/search', { body: { ...sorted, page: { from: 100 } } }), 'name'),
    ).toHaveLength(5);
    const past = await local.api('POST', '/workspaces/search', { body: { page: { from: 500, limit: 10 } } });
    expect(past.json).toEqual({ items: [], page: { totalItems: 105, hasMoreTotalItems: false } });
    expect(
      keysOf(await local.api('POST', '/workspaces/search', { body: { page: { limit: 10_000 } } }), 'name'),
    ).toHaveLength(105);
  } finally {
    await local.target.stop();
  }
});

test('invalid paging is a 400 problem naming the field', async () => {
  const cases: [unknown, RegExp][] = [
    [{ limit: 0 }, /'page\.limit' must be >= 1/],
    [{ limit: 10_001 }, /'page\.limit' must be <= 10000/],
    [{ from: -1, limit: 5 }, /'page\.from' must be >= 0/],
    [{ from: 'x' }, /'page\.from' must be an int32 integer/],
    [{ limit: 2.5 }, /'page\.limit'/],
    ['first', /'page' must be an object/],
  ];
  for (const [page, detail] of cases)
    expectProblem(await api('POST', '/files/search', { body: { page } }), 400, detail);
});

test('a cap (knob totalItemsCap) makes totalItems a lower bound with hasMoreTotalItems true', async () => {
  const capped = await startHub({ totalItemsCap: 2 });
  try {
    for (let i = 0; i < 3; i += 1) await workspace(capped.api);
    expect(
      field((await capped.api('POST', '/workspaces/search', { body: { page: { limit: 1 } } })).json, 'page'),
    ).toEqual({ totalItems: 2, hasMoreTotalItems: true });
  } finally {
    await capped.target.stop();
  }
});

test('plain values and $eq, $neq, $in, $notIn, $exists filter files', async () => {
  expect(await names({ name: 'alpha' })).toEqual(['alpha']);
  expect(await names({ name: { $eq: 'Beta' } })).toEqual(['Beta']);
  expect(await names({ name: { $neq: 'alpha' } })).toHaveLength(5);
  expect(await names({ name: { $in: ['alpha', 'abc', 'nothing'] } })).toEqual(['alpha', 'abc']);
  expect(await names({ name: { $notIn: ['alpha', 'Beta', 'gamma*', '100%'] } })).toEqual(['a?c', 'abc']);
  expect(await names({ folderKey: { $exists: true } })).toEqual(['alpha']);
  expect(await names({ folderKey: { $exists: false } })).toHaveLength(5);
  expect(await names({ folderKey })).toEqual(['alpha']);
  expect(await names({ type: { $in: ['dmn'] } })).toEqual([]);
  expect(await names({ createdBy: `${hub.target.clients.full.id}@clients.wm-reference.example` })).toHaveLength(6);
});

test('$like: * and ? wildcards, backslash escapes, % literal, letter case', async () => {
  expect(await names({ name: { $like: 'a*' } })).toEqual(['alpha', 'a?c', 'abc']);
  expect(await names({ name: { $like: 'a?c' } })).toEqual(['a?c', 'abc']);
  expect(await names({ name: { $like: 'a\\?c' } })).toEqual(['a?c']);
  expect(await names({ name: { $like: 'gamma\\*' } })).toEqual(['gamma*']);
  expect(await names({ name: { $like: '100%' } })).toEqual(['100%']);
  expect(await names({ name: { $like: '%' } })).toEqual([]);
  expect(await names({ name: { $like: 'beta' } })).toEqual([]);
  expect(await names({ name: { $like: 'B*', $neq: 'Beta' } })).toEqual([]);
});

test('date operators on created', async () => {
  const alpha = await api('GET', `/files/${files.alpha ?? ''}`);
  const created = String(field(alpha.json, 'created'));
  expect(await names({ created })).toEqual(['alpha']);
  expect(await names({ created: { $gt: created } })).toHaveLength(5);
  expect(await names({ created: { $lte: created } })).toEqual(['alpha']);
  expect(await names({ created: { $gte: '2000-01-01T00:00:00Z', $lt: '2000-01-02T00:00:00Z' } })).toEqual([]);
  expectProblem(
    await api('POST', '/files/search', { body: { filter: { created: 'yesterday' } } }),
    400,
    /'filter\.created' has none of the allowed shapes/,
  );
});

test('filters of the wrong shape and unsupported operators are 400 problems', async () => {
  expectProblem(await api('POST', '/files/search', { body: { filter: { name: 5 } } }), 400, /'filter\.name'/);
  expectProblem(
    await api('POST', '/files/search', { body: { filter: { name: { $in: 'alpha' } } } }),
    400,
    /'filter\.name'/,
  );
  expectProblem(
    await api('POST', '/files/search', { body: { filter: { projectKey: { $like: 'x*' } } } }),
    400,
    /operator \$like is not supported/,
  );
  expectProblem(
    await api('POST', '/files/search', { body: { filter: { name: { $or: [] } } } }),
    400,
    /operator \$or is not supported/,
  );
  expectProblem(await api('POST', '/files/search', { rawBody: '[]' }), 400);
});

test('sort: an array of {field, order}, applied in order, ASC by default; unknown fields and a single object are 400', async () => {
  expect(await names({}, { sort: [{ field: 'name' }] })).toEqual(['100%', 'Beta', 'a?c', 'abc', 'alpha', 'gamma*']);
  expect(await names({}, { sort: [{ field: 'name', order: 'DESC' }] })).toEqual([
    'gamma*',
    'alpha',
    'abc',
    'a?c',
    'Beta',
    '100%',
  ]);
  expect(
    await names(
      { name: { $in: ['alpha', 'abc'] } },
      { sort: [{ field: 'type' }, { field: 'created', order: 'DESC' }] },
    ),
  ).toEqual(['abc', 'alpha']);
  expect(await names({}, {})).toEqual(['alpha', 'Beta', 'gamma*', '100%', 'a?c', 'abc']);
  expectProblem(
    await api('POST', '/files/search', { body: { sort: [{ field: 'simplePath' }] } }),
    400,
    /'sort\.0\.field' must be one of name, type, created, updated/,
  );
  expectProblem(
    await api('POST', '/files/search', { body: { sort: [{ field: 'name', order: 'UP' }] } }),
    400,
    /'sort\.0\.order'/,
  );
  expectProblem(
    await api('POST', '/files/search', { body: { sort: { field: 'name', order: 'DESC' } } }),
    400,
    /'sort'/,
  );
});

test('knobs: the migration guide’s sort object and sql wildcards, case-insensitive matching, name order by default', async () => {
  const guide = await startHub({
    acceptSortObject: true,
    likeSyntax: 'sql',
    likeCaseSensitive: false,
    defaultSort: 'name',
  });
  try {
    const p = await project(guide.api);
    for (const name of ['b-order', 'A-ORDER', 'c']) await file(guide.api, p, null, name);
    const search = async (body: unknown): Promise<unknown[]> =>
      keysOf(await guide.api('POST', '/files/search', { body }), 'name');
    expect(await search({ sort: { field: 'name', order: 'DESC' } })).toEqual(['c', 'b-order', 'A-ORDER']);
    expect(await search({ filter: { name: { $like: '%order' } } })).toEqual(['A-ORDER', 'b-order']);
    expect(await search({})).toEqual(['A-ORDER', 'b-order', 'c']);
  } finally {
    await guide.target.stop();
  }
});

test('file results carry content null; get carries the content', async () => {
  const reply = await api('POST', '/files/search', { body: { filter: { name: 'alpha' } } });
  expect(field(reply.json, 'items', 0, 'content')).toBeNull();
  expect(field((await api('GET', `/files/${files.alpha ?? ''}`)).json, 'content')).toBe('<bpmn/>');
});

test('members and versions searches need their filter (400 without), and take a plain value or $eq only', async () => {
  const ws = await workspace(api);
  expect(
    (await api('POST', `/workspaces/${ws}/members`, { body: { email: 'bob@example.com', role: 'viewer' } })).status,
  ).toBe(200);
  expectProblem(await api('POST', '/members/search'), 400, /Required request body is missing/);
  expectProblem(await api('POST', '/members/search', { body: {} }), 400, /'filter' must not be null/);
  expectProblem(
    await api('POST', '/members/search', { body: { filter: { role: 'viewer' } } }),
    400,
    /'filter\.workspaceKey' must not be null/,
  );
  expectProblem(
    await api('POST', '/members/search', { body: { filter: { workspaceKey: { $in: [ws] } } } }),
    400,
    /\$in is not supported/,
  );
  expect(
    keysOf(await api('POST', '/members/search', { body: { filter: { workspaceKey: { $eq: ws } } } }), 'email'),
  ).toEqual(['bob@example.com']);
  expect(
    keysOf(await api('POST', '/members/search', { body: { filter: { workspaceKey: 'unknown-workspace' } } }), 'email'),
  ).toEqual([]);
  expectProblem(
    await api('POST', '/versions/search', { body: { filter: {} } }),
    400,
    /'filter\.fileKey' must not be null/,
  );
  expectProblem(
    await api('POST', '/versions/search', { body: { filter: { fileKey: { $like: '*' } } } }),
    400,
    /\$like is not supported/,
  );
  const lax = await startHub({ requireSearchFilters: false, rejectUnsupportedOperators: false });
  try {
    const other = await workspace(lax.api);
    await lax.api('POST', `/workspaces/${other}/members`, { body: { email: 'bob@example.com', role: 'viewer' } });
    expect(field((await lax.api('POST', '/members/search', { body: {} })).json, 'page', 'totalItems')).toBe(1);
    expect(
      field(
        (await lax.api('POST', '/members/search', { body: { filter: { workspaceKey: { $neq: 'x' } } } })).json,
        'page',
        'totalItems',
      ),
    ).toBe(1);
  } finally {
    await lax.target.stop();
  }
});
