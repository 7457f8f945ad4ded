/**
 * The probes of the Hub API v2 faults (reference/faults/hub.ts) for the catalog's test: each a
 * small request sequence on a hub-v2 target whose result differs between the faithful target and
 * the one with the fault switched on. Kept apart from fault-probes.ts (the v1 faults), which
 * lists these too.
 */
import { field, items, type Client } from './reference-client.ts';
import { file, folder, keysOf, project, workspace } from './hub.ts';
import type { Probe } from './probe-types.ts';

/** The names of the files a search answers (in order). */
async function fileNames(
  api: Client,
  filter: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Promise<unknown[]> {
  const reply = await api('POST', '/files/search', { body: { filter, ...extra } });
  return items(reply).map((item) => field(item, 'name'));
}

/** A project with files named a, b, c (made in that order). */
async function abc(api: Client, tag: string): Promise<string> {
  const p = await project(api, await workspace(api, tag));
  for (const name of ['a', 'b', 'c']) await file(api, p, null, name);
  return p;
}

export const HUB_PROBES: Readonly<Record<string, Probe>> = {
  'hub-soft-deleted-readable': {
    run: async (c) => {
      const p = await project(c.full, await workspace(c.full, c.tag));
      await c.full('DELETE', `/projects/${p}`);
      return (await c.full('GET', `/projects/${p}`)).status;
    },
    faithful: 404,
    faulty: 200,
  },
  'hub-delete-not-cascaded': {
    run: async (c) => {
      const p = await project(c.full, await workspace(c.full, c.tag));
      const f = await file(c.full, p, await folder(c.full, p));
      const parent = field((await c.full('GET', `/files/${f}`)).json, 'folderKey');
      await c.full('DELETE', `/folders/${String(parent)}`);
      return (await c.full('GET', `/files/${f}`)).status;
    },
    faithful: 404,
    faulty: 200,
  },
  'hub-trash-lists-everything': {
    run: async (c) => {
      const p = await project(c.full, await workspace(c.full, c.tag));
      const f = await file(c.full, p);
      await c.full('DELETE', `/projects/${p}`);
      const reply = await c.full('POST', '/files/recently-deleted/search', { body: { filter: { fileKey: f } } });
      return keysOf(reply, 'fileKey').length;
    },
    faithful: 0,
    faulty: 1,
  },
  'hub-restore-not-subtree': {
    run: async (c) => {
      const p = await project(c.full, await workspace(c.full, c.tag));
      const f = await file(c.full, p);
      await c.full('DELETE', `/projects/${p}`);
      await c.full('POST', `/projects/${p}/restoration`);
      return [(await c.full('GET', `/projects/${p}`)).status, (await c.full('GET', `/files/${f}`)).status];
    },
    faithful: [200, 200],
    faulty: [200, 404],
  },
  'hub-restore-taken-along': {
    run: async (c) => {
      const p = await project(c.full, await workspace(c.full, c.tag));
      const d = await folder(c.full, p);
      const f = await file(c.full, p, d);
      await c.full('DELETE', `/folders/${d}`);
      return (await c.full('POST', `/files/${f}/restoration`)).status;
    },
    faithful: 404,
    faulty: 200,
  },
  'hub-restore-into-deleted': {
    run: async (c) => {
      const p = await project(c.full, await workspace(c.full, c.tag));
      const f = await file(c.full, p);
      await c.full('DELETE', `/files/${f}`);
      await c.full('DELETE', `/projects/${p}`);
      return (await c.full('POST', `/files/${f}/restoration`)).status;
    },
    faithful: 409,
    faulty: 200,
  },
  'hub-purge-not-idempotent': {
    run: async (c) => {
      const f = await file(c.full, await project(c.full, await workspace(c.full, c.tag)));
      return [
        (await c.full('DELETE', `/files/${f}/purge`)).status,
        (await c.full('DELETE', `/files/${f}/purge`)).status,
      ];
    },
    faithful: [204, 204],
    faulty: [204, 404],
  },
  'hub-like-sql-wildcards': {
    run: async (c) => {
      const p = await abc(c.full, c.tag);
      return [
        await fileNames(c.full, { projectKey: p, name: { $like: '*' } }),
        await fileNames(c.full, { projectKey: p, name: { $like: '%' } }),
      ];
    },
    faithful: [['a', 'b', 'c'], []],
    faulty: [[], ['a', 'b', 'c']],
  },
  'hub-negations-ignored': {
    run: async (c) => {
      const p = await abc(c.full, c.tag);
      return [
        await fileNames(c.full, { projectKey: p, name: { $neq: 'a' } }),
        await fileNames(c.full, { projectKey: p, name: { $notIn: ['a', 'b'] } }),
      ];
    },
    faithful: [['b', 'c'], ['c']],
    faulty: [
      ['a', 'b', 'c'],
      ['a', 'b', 'c'],
    ],
  },
  'hub-offset-ignored': {
    run: async (c) => fileNames(c.full, { projectKey: await abc(c.full, c.tag) }, { page: { from: 1, limit: 1 } }),
    faithful: ['b'],
    faulty: ['a'],
  },
  'hub-has-more-always': {
    run: async (c) => {
      const p = await abc(c.full, c.tag);
      const reply = await c.full('POST', '/files/search', { body: { filter: { projectKey: p } } });
      return field(reply.json, 'page');
    },
    faithful: { totalItems: 3, hasMoreTotalItems: false },
    faulty: { totalItems: 3, hasMoreTotalItems: true },
  },
  'hub-required-filter-optional': {
    run: async (c) => (await c.full('POST', '/versions/search', { body: {} })).status,
    faithful: 400,
    faulty: 200,
  },
  'hub-revision-ignored': {
    run: async (c) => {
      const f = await file(c.full, await project(c.full, await workspace(c.full, c.tag)));
      const revision = field((await c.full('GET', `/files/${f}`)).json, 'revision');
      await c.full('PATCH', `/files/${f}`, { body: { revision, content: '<a/>' } });
      return (await c.full('PATCH', `/files/${f}`, { body: { revision, content: '<b/>' } })).status;
    },
    faithful: 409,
    faulty: 200,
  },
  'hub-search-reverse-sort': {
    run: async (c) =>
      fileNames(c.full, { projectKey: await abc(c.full, c.tag) }, { sort: [{ field: 'name', order: 'ASC' }] }),
    faithful: ['a', 'b', 'c'],
    faulty: ['c', 'b', 'a'],
  },
  'hub-create-201': {
    run: async (c) => (await c.full('POST', '/workspaces', { body: { name: c.tag } })).status,
    faithful: 200,
    faulty: 201,
  },
  'hub-errors-plain-json': {
    run: async (c) => {
      const reply = await c.full('GET', '/projects/00000000-0000-4000-8000-000000000000');
      return [
        reply.status,
        reply.headers.get('content-type'),
        Object.keys(typeof reply.json === 'object' && reply.json !== null ? reply.json : {}).sort(),
      ];
    },
    faithful: [404, 'application/problem+json', ['detail', 'instance', 'status', 'title', 'type']],
    faulty: [404, 'application/json', ['error', 'message', 'status']],
  },
};
