/**
 * Probes of the Hub API v2 faults of project snapshots, environments and the catalog
 * (reference/faults/hub-ops.ts): each a small request sequence against a hub-v2 target whose
 * result differs between the faithful target and the faulty one.
 */
import type { RunningReferenceTarget } from '../../reference/target.ts';
import { field, items, type Client } from './reference-client.ts';
import { ingestTemplates } from './hub.ts';

/** What these probes use of the catalog test's probe context (fault-probes.ts; not imported: it imports this file). */
interface ProbeContext {
  readonly target: RunningReferenceTarget;
  readonly full: Client;
  readonly tag: string;
}

interface Probe {
  readonly run: (ctx: ProbeContext) => Promise<unknown>;
  readonly faithful: unknown;
  readonly faulty: unknown;
}

async function key(api: Client, path: string, body: unknown, name: string): Promise<string> {
  const reply = await api('POST', path, { body });
  const value = field(reply.json, name);
  if (typeof value !== 'string') throw new Error(`${path} answered ${reply.status}: ${reply.text}`);
  return value;
}

/** A workspace, a project in it and a snapshot of the project. */
async function snapshot(c: ProbeContext): Promise<{ workspace: string; project: string; snapshot: string }> {
  const workspace = await key(c.full, '/workspaces', { name: `${c.tag}-ws` }, 'workspaceKey');
  const project = await key(c.full, '/projects', { name: `${c.tag}-p`, workspaceKey: workspace }, 'projectKey');
  const snap = await key(
    c.full,
    '/project-snapshots',
    { projectKey: project, name: `${c.tag}-s` },
    'projectSnapshotKey',
  );
  return { workspace, project, snapshot: snap };
}

/** A file in the project; its key. */
async function addFile(c: ProbeContext, project: string, name: string): Promise<string> {
  return key(c.full, '/files', { name, projectKey: project, type: 'bpmn', content: '<definitions/>' }, 'fileKey');
}

/** The keys of the project's snapshots the filter selects. */
async function snapshotsWhere(c: ProbeContext, project: string, filter: Record<string, unknown>): Promise<unknown[]> {
  const found = items(
    await c.full('POST', '/project-snapshots/search', { body: { filter: { projectKey: project, ...filter } } }),
  );
  return found.map((item) => field(item, 'projectSnapshotKey'));
}

/** Ingests one element template (with its README) as the catalog; the status. */
async function ingest(c: ProbeContext, id: string): Promise<number> {
  return (await ingestTemplates(c.target, [id])).status;
}

export const HUB_OPS_PROBES: Readonly<Record<string, Probe>> = {
  'hub-review-request-twice': {
    run: async (c) => {
      const { snapshot: s } = await snapshot(c);
      const first = await c.full('POST', `/project-snapshots/${s}/review-requests`);
      const second = await c.full('POST', `/project-snapshots/${s}/review-requests`);
      return [first.status, second.status];
    },
    faithful: [200, 409],
    faulty: [200, 200],
  },
  'hub-review-without-request': {
    run: async (c) => {
      const { snapshot: s } = await snapshot(c);
      return (await c.full('POST', `/project-snapshots/${s}/reviews`, { body: { status: 'APPROVED' } })).status;
    },
    faithful: 403,
    faulty: 200,
  },
  'hub-duplicate-name-clash': {
    run: async (c) => {
      const { workspace, snapshot: s } = await snapshot(c);
      const reply = await c.full('POST', `/project-snapshots/${s}/duplication`, {
        body: { targetWorkspaceKey: workspace },
      });
      return [reply.status, field(reply.json, 'name') === `${c.tag}-p`];
    },
    faithful: [200, false],
    faulty: [200, true],
  },
  'hub-environments-merged': {
    run: async (c) => {
      const workspace = await key(c.full, '/workspaces', { name: `${c.tag}-ws` }, 'workspaceKey');
      const first = field(items(await c.full('GET', '/environments'))[0], 'id');
      await c.full('PUT', `/workspaces/${workspace}/environments`, { body: { environmentIds: [first] } });
      await c.full('PUT', `/workspaces/${workspace}/environments`, { body: { environmentIds: [] } });
      return items(await c.full('GET', `/workspaces/${workspace}/environments`)).length;
    },
    faithful: 0,
    faulty: 1,
  },
  'hub-catalog-keeps-missing': {
    run: async (c) => {
      const statuses = [await ingest(c, `${c.tag}-a`), await ingest(c, `${c.tag}-b`)];
      const found = items(
        await c.full('POST', '/catalog/assets/search', { body: { filter: { resourceId: `${c.tag}-a` } } }),
      );
      return [statuses, field(found[0], 'unpublished')];
    },
    faithful: [[204, 204], true],
    faulty: [[204, 204], false],
  },
  'hub-snapshot-files-unordered': {
    run: async (c) => {
      const { project } = await snapshot(c);
      await addFile(c, project, 'zeta');
      await addFile(c, project, 'alpha');
      const s = await key(
        c.full,
        '/project-snapshots',
        { projectKey: project, name: `${c.tag}-s2` },
        'projectSnapshotKey',
      );
      const versions = field((await c.full('GET', `/project-snapshots/${s}`)).json, 'fileVersions');
      return (Array.isArray(versions) ? versions : []).map((v) => field(v, 'fileName'));
    },
    faithful: ['alpha', 'zeta'],
    faulty: ['zeta', 'alpha'],
  },
  'hub-restore-loses-state': {
    run: async (c) => {
      const { project, snapshot: s } = await snapshot(c);
      await addFile(c, project, 'added');
      const status = (await c.full('POST', `/project-snapshots/${s}/restoration`)).status;
      return [status, (await snapshotsWhere(c, project, {})).length];
    },
    faithful: [204, 2],
    faulty: [204, 1],
  },
  'hub-restore-keeps-added': {
    run: async (c) => {
      const { project, snapshot: s } = await snapshot(c);
      const added = await addFile(c, project, 'added');
      const status = (await c.full('POST', `/project-snapshots/${s}/restoration`)).status;
      return [status, (await c.full('GET', `/files/${added}`)).status];
    },
    faithful: [204, 404],
    faulty: [204, 200],
  },
  'hub-snapshot-search-per-version': {
    run: async (c) => {
      const { project, snapshot: empty } = await snapshot(c);
      await addFile(c, project, 'captured');
      const full = await key(
        c.full,
        '/project-snapshots',
        { projectKey: project, name: `${c.tag}-full` },
        'projectSnapshotKey',
      );
      const versions = field((await c.full('GET', `/project-snapshots/${full}`)).json, 'fileVersions');
      const version = field(Array.isArray(versions) ? versions[0] : undefined, 'versionKey');
      const found = await snapshotsWhere(c, project, { fileVersionKey: { $neq: version } });
      return found.map((k) => (k === empty ? 'empty' : k === full ? 'full' : 'other'));
    },
    faithful: ['empty'],
    faulty: [],
  },
  'hub-review-request-not-superseding': {
    run: async (c) => {
      const { project, snapshot: first } = await snapshot(c);
      const second = await key(
        c.full,
        '/project-snapshots',
        { projectKey: project, name: `${c.tag}-s2` },
        'projectSnapshotKey',
      );
      await c.full('POST', `/project-snapshots/${first}/review-requests`);
      await c.full('POST', `/project-snapshots/${second}/review-requests`);
      return (
        field((await c.full('GET', `/project-snapshots/${first}`)).json, 'projectSnapshot', 'reviewRequest') === null
      );
    },
    faithful: true,
    faulty: false,
  },
  'hub-cluster-registration-kept': {
    run: async (c) => {
      const id = `${c.tag}-cluster`;
      const license = { validLicense: true, licenseType: 'probe' };
      const register = async (clusterName: string): Promise<number> =>
        (await c.full('POST', '/clusters', { body: { clusterId: id, clusterName, version: '8.10.0', license } }))
          .status;
      const statuses = [await register('first'), await register('second')];
      const found = items(await c.full('GET', '/clusters')).filter((item) => field(item, 'uuid') === id);
      return [statuses, found.map((item) => field(item, 'name'))];
    },
    faithful: [[204, 204], ['second']],
    faulty: [[204, 204], ['first']],
  },
};
