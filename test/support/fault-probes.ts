/**
 * One probe per fault for the catalog's test: a small request sequence whose observable result
 * differs between the faithful target and the target with that fault switched on.
 */
import { generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { WEB_MODELER_AUDIENCE } from '../../reference/issuer/clients.ts';
import type { RunningReferenceTarget } from '../../reference/target.ts';
import { HUB_OPS_PROBES } from './fault-probes-hub-ops.ts';
import { call, client, createFile, createProject, field, items, type Reply } from './reference-client.ts';
import { HUB_PROBES } from './hub-fault-probes.ts';
import { CROSS_API_PROBES } from './cross-api-fault-probes.ts';
import type { Probe, ProbeContext } from './probe-types.ts';

export type { Probe, ProbeContext } from './probe-types.ts';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export async function probeContext(target: RunningReferenceTarget, tag: string): Promise<ProbeContext> {
  return {
    target,
    full: client(target, await target.mintToken('full', 600)),
    limited: client(target, await target.mintToken('limited', 600)),
    anonymous: client(target, null),
    tag,
  };
}

/** A key no issuer published, made once per process (an RSA key costs 80–300 ms of CPU). */
let foreignKey: ReturnType<typeof generateKeyPair> | undefined;

async function foreignKeyToken(target: RunningReferenceTarget): Promise<string> {
  foreignKey ??= generateKeyPair('RS256');
  const { privateKey } = await foreignKey;
  return new SignJWT({ azp: 'forger' })
    .setProtectedHeader({ alg: 'RS256' })
    .setIssuer(target.issuerUrl)
    .setAudience(WEB_MODELER_AUDIENCE)
    .setExpirationTime('5m')
    .sign(privateKey);
}

function unsignedToken(target: RunningReferenceTarget): string {
  return new UnsecuredJWT({ azp: 'forger' })
    .setIssuer(target.issuerUrl)
    .setAudience(WEB_MODELER_AUDIENCE)
    .setExpirationTime('5m')
    .encode();
}

async function infoStatus(
  target: RunningReferenceTarget,
  token: string | null,
  headers: Record<string, string> = {},
): Promise<number> {
  return (await call(target, 'GET', '/info', { token, headers })).status;
}

async function infoField(ctx: ProbeContext, name: string): Promise<unknown> {
  return field((await ctx.full('GET', '/info')).json, name);
}

async function createdFile(ctx: ProbeContext): Promise<unknown> {
  const projectId = await createProject(ctx.full, ctx.tag);
  return (await ctx.full('POST', '/files', { body: { name: 'f', projectId, content: '', fileType: 'bpmn' } })).json;
}

/** Names of the projects carrying this probe's tag, as a search sorted by name ASC lists them. */
async function sortedNames(ctx: ProbeContext): Promise<unknown[]> {
  await createProject(ctx.full, `${ctx.tag}-b`);
  await createProject(ctx.full, `${ctx.tag}-a`);
  const reply = await ctx.full('POST', '/projects/search', {
    body: { sort: [{ field: 'name', direction: 'ASC' }], size: 50 },
  });
  return items(reply)
    .map((p) => field(p, 'name'))
    .filter((n) => typeof n === 'string' && n.startsWith(ctx.tag));
}

async function createStatus(ctx: ProbeContext, options: { body?: unknown; rawBody?: string }): Promise<number> {
  return (await ctx.full('POST', '/projects', options)).status;
}

export const PROBES: Readonly<Record<string, Probe>> = {
  ...HUB_PROBES,
  ...CROSS_API_PROBES,
  // ── auth ──
  'no-token-accepted': {
    run: async (c) => [
      await infoStatus(c.target, null),
      await infoStatus(c.target, null, { authorization: 'Basic d21jdDp4' }),
    ],
    faithful: [401, 401],
    faulty: [200, 401],
  },
  'malformed-token-ignored': { run: (c) => infoStatus(c.target, 'not-a-jwt-at-all'), faithful: 401, faulty: 200 },
  'signature-not-verified': {
    run: async (c) => infoStatus(c.target, await foreignKeyToken(c.target)),
    faithful: 401,
    faulty: 200,
  },
  'expired-token-accepted': {
    run: async (c) => infoStatus(c.target, await c.target.mintToken('full', -60)),
    faithful: 401,
    faulty: 200,
  },
  // Only the audience: a token without any is still 401.
  'wrong-audience-403': {
    run: async (c) => [
      await infoStatus(c.target, await c.target.mintToken('foreign', 60)),
      await infoStatus(c.target, null),
    ],
    faithful: [401, 401],
    faulty: [403, 401],
  },
  'audience-not-checked': {
    run: async (c) => infoStatus(c.target, await c.target.mintToken('foreign', 60)),
    faithful: 401,
    faulty: 200,
  },
  'alg-none-accepted': { run: (c) => infoStatus(c.target, unsignedToken(c.target)), faithful: 401, faulty: 200 },
  'basic-auth-accepted': {
    run: (c) => infoStatus(c.target, null, { authorization: 'Basic d21jdDp4' }),
    faithful: 401,
    faulty: 200,
  },
  'auth-failure-403': { run: (c) => infoStatus(c.target, null), faithful: 401, faulty: 403 },
  'no-www-authenticate': {
    run: async (c) => (await c.anonymous('GET', '/info')).headers.get('www-authenticate'),
    faithful: 'Bearer',
    faulty: null,
  },
  'auth-failure-leaks-data': {
    run: async (c) => {
      const id = await createProject(c.full, c.tag);
      const reply = await c.anonymous('GET', `/projects/${id}`);
      return [reply.status, reply.text.includes(id)];
    },
    faithful: [401, false],
    faulty: [401, true],
  },
  'echoes-authorization': {
    // Does the token come back: in /info's headers (served), in a refusal's body and headers?
    run: async (c) => {
      const token = await c.target.mintToken('full', 600);
      const served = await call(c.target, 'GET', '/info', { token });
      const refused = await call(c.target, 'GET', '/info', { token: `${token}x` });
      const carries = (reply: Reply): boolean =>
        reply.text.includes(token) || [...reply.headers.values()].some((v) => v.includes(token));
      return [served.status, carries(served), refused.status, carries(refused)];
    },
    faithful: [200, false, 401, false],
    faulty: [200, true, 401, true],
  },
  'permissions-ignored': {
    run: async (c) => (await c.limited('POST', '/projects', { body: { name: c.tag } })).status,
    faithful: 403,
    faulty: 200,
  },
  'existence-leak': {
    run: async (c) => (await c.limited('DELETE', `/projects/${UNKNOWN}`)).status,
    faithful: 403,
    faulty: 404,
  },
  'denied-but-applied': {
    run: async (c) => {
      const id = await createProject(c.full, c.tag);
      const denied = await c.limited('DELETE', `/projects/${id}`);
      return [denied.status, (await c.full('GET', `/projects/${id}`)).status];
    },
    faithful: [403, 200],
    faulty: [403, 404],
  },
  'search-needs-create': {
    run: async (c) => (await c.limited('POST', '/projects/search', { body: {} })).status,
    faithful: 200,
    faulty: 403,
  },
  'info-flag-lie': { run: (c) => infoField(c, 'deletePermission'), faithful: true, faulty: false },
  'info-wrong-version': { run: (c) => infoField(c, 'version'), faithful: 'v1', faulty: 'v2' },
  'info-organization-per-client': {
    run: async (c) =>
      field((await c.full('GET', '/info')).json, 'authorizedOrganization') ===
      field((await c.limited('GET', '/info')).json, 'authorizedOrganization'),
    faithful: true,
    faulty: false,
  },
  'info-organization-not-uuid': {
    run: async (c) => UUID.test(String(await infoField(c, 'authorizedOrganization'))),
    faithful: true,
    faulty: false,
  },
  'info-missing-flag': {
    run: async (c) => (await infoField(c, 'deletePermission')) !== undefined,
    faithful: true,
    faulty: false,
  },
  // ── contract ──
  'wrong-type': {
    run: async (c) => typeof field(await createdFile(c), 'revision'),
    faithful: 'number',
    faulty: 'string',
  },
  'drop-revision': {
    run: async (c) => field(await createdFile(c), 'revision') !== undefined,
    faithful: true,
    faulty: false,
  },
  'undocumented-field': {
    run: async (c) => field((await c.full('POST', '/projects', { body: { name: c.tag } })).json, 'internalId') ?? null,
    faithful: null,
    faulty: 42,
  },
  'null-creator-email': {
    run: async (c) =>
      typeof field(
        (await c.full('GET', `/projects/${await createProject(c.full, 'named')}`)).json,
        'metadata',
        'createdBy',
        'email',
      ),
    faithful: 'string',
    faulty: 'object',
  },
  'undocumented-status': {
    run: async (c) => (await c.full('GET', `/projects/${await createProject(c.full, c.tag)}`)).status,
    faithful: 200,
    faulty: 299,
  },
  'create-201': { run: (c) => createStatus(c, { body: { name: c.tag } }), faithful: 200, faulty: 201 },
  'connection-reset': {
    run: async (c) => {
      const projectId = await createProject(c.full, c.tag);
      const folder = (await c.full('POST', '/folders', { body: { name: 'f', projectId } })).json;
      return c.full('GET', `/folders/${String(field(folder, 'id'))}`).then(
        (reply) => reply.status,
        () => 'reset',
      );
    },
    faithful: 200,
    faulty: 'reset',
  },
  'search-paths-as-ids': {
    run: async (c) => {
      const options = await c.full('OPTIONS', '/files/search');
      return [(await c.full('GET', '/files/search')).status, options.headers.get('allow')];
    },
    faithful: [405, 'POST, OPTIONS'],
    faulty: [404, 'POST, GET, PATCH, DELETE, HEAD, OPTIONS'],
  },
  'wrong-content-type': {
    run: async (c) => (await c.full('GET', '/info')).headers.get('content-type'),
    faithful: 'application/json',
    faulty: 'text/plain',
  },
  'non-problem-error': {
    run: async (c) => (await c.full('GET', `/projects/${UNKNOWN}`)).json,
    faithful: {
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'Resource not found.',
      instance: `/api/v1/projects/${UNKNOWN}`,
    },
    faulty: { error: 'not found' },
  },
  'non-uuid-ids': { run: async (c) => UUID.test(await createProject(c.full, c.tag)), faithful: true, faulty: false },
  'dates-without-zone': {
    run: async (c) =>
      String(field((await c.full('POST', '/projects', { body: { name: c.tag } })).json, 'created')).endsWith('Z'),
    faithful: true,
    faulty: false,
  },
  // ── semantics ──
  'revision-ignored': {
    run: async (c) => {
      const fileId = await createFile(c.full, { projectId: await createProject(c.full, c.tag) });
      await c.full('PATCH', `/files/${fileId}`, { body: { revision: 1, content: 'a' } });
      return (await c.full('PATCH', `/files/${fileId}`, { body: { revision: 1, content: 'b' } })).status;
    },
    faithful: 409,
    faulty: 200,
  },
  'soft-delete': {
    run: async (c) => {
      const id = await createProject(c.full, c.tag);
      await c.full('DELETE', `/projects/${id}`);
      return (await c.full('GET', `/projects/${id}`)).status;
    },
    faithful: 404,
    faulty: 200,
  },
  'created-not-readable': {
    run: async (c) => {
      const id = await createProject(c.full, c.tag);
      return [(await c.full('GET', `/projects/${id}`)).status, (await c.full('GET', `/projects/${id}`)).status];
    },
    faithful: [200, 200],
    faulty: [404, 200],
  },
  'update-not-persisted': {
    run: async (c) => {
      const id = await createProject(c.full, 'old');
      const answered = field((await c.full('PATCH', `/projects/${id}`, { body: { name: 'new' } })).json, 'name');
      return [answered, field((await c.full('GET', `/projects/${id}`)).json, 'metadata', 'name')];
    },
    faithful: ['new', 'new'],
    faulty: ['new', 'old'],
  },
  'create-content-altered': {
    run: async (c) => {
      const fileId = await createFile(c.full, { projectId: await createProject(c.full, c.tag), content: 'content\n' });
      return field((await c.full('GET', `/files/${fileId}`)).json, 'content');
    },
    faithful: 'content\n',
    faulty: 'content',
  },
  'search-ignores-filter': {
    run: async (c) => {
      await createProject(c.full, `${c.tag}-other`);
      await createProject(c.full, c.tag);
      return field((await c.full('POST', '/projects/search', { body: { filter: { name: c.tag } } })).json, 'total');
    },
    faithful: 1,
    faulty: 2,
  },
  'search-reverse-sort': { run: sortedNames, faithful: ['-a', '-b'], faulty: ['-b', '-a'] },
  'search-ignores-sort': { run: sortedNames, faithful: ['-a', '-b'], faulty: ['-b', '-a'] },
  'search-ignores-size': {
    run: async (c) => {
      for (const n of [1, 2, 3]) await createProject(c.full, `${c.tag}-${n}`);
      return items(await c.full('POST', '/projects/search', { body: { size: 1 } })).length;
    },
    faithful: 1,
    faulty: 3,
  },
  'search-size-unbounded': {
    run: async (c) => (await c.full('POST', '/projects/search', { body: { size: 51 } })).status,
    faithful: 400,
    faulty: 200,
  },
  'search-wrong-total': {
    run: async (c) => {
      for (const n of [1, 2]) await createProject(c.full, `${c.tag}-${n}`);
      return field((await c.full('POST', '/projects/search', { body: { size: 1 } })).json, 'total') === 1;
    },
    faithful: false,
    faulty: true,
  },
  'search-page-past-end-repeats': {
    run: async (c) => {
      await createProject(c.full, c.tag);
      return items(await c.full('POST', '/projects/search', { body: { size: 1, page: 100_000 } })).length;
    },
    faithful: 0,
    faulty: 1,
  },
  // ── validation ──
  'accepts-out-of-range': {
    // v1-versions (the fault's generation): restore takes {version} with a minimum of 1.
    run: async (c) => {
      const file = await createdFile(c);
      const version = (await c.full('POST', '/versions', { body: { name: 'v', fileId: field(file, 'id') } })).json;
      return (await c.full('POST', `/versions/${String(field(version, 'id'))}/restore`, { body: { version: 0 } }))
        .status;
    },
    faithful: 400,
    faulty: 200,
  },
  'accepts-missing-required': { run: (c) => createStatus(c, { body: {} }), faithful: 400, faulty: 200 },
  'accepts-null-required': { run: (c) => createStatus(c, { body: { name: null } }), faithful: 400, faulty: 200 },
  'accepts-wrong-types': { run: (c) => createStatus(c, { body: { name: 5 } }), faithful: 400, faulty: 200 },
  'accepts-bad-lengths': { run: (c) => createStatus(c, { body: { name: '' } }), faithful: 400, faulty: 200 },
  'accepts-bad-patterns': {
    run: async (c) =>
      (
        await c.full('POST', '/files', {
          body: { name: 'f', projectId: await createProject(c.full, c.tag), content: '', fileType: 'bpmnx' },
        })
      ).status,
    faithful: 400,
    faulty: 200,
  },
  'malformed-json-500': { run: (c) => createStatus(c, { rawBody: '{"name":' }), faithful: 400, faulty: 500 },
  'missing-body-accepted': {
    run: async (c) => (await c.full('POST', '/projects/search', { rawBody: '' })).status,
    faithful: 400,
    faulty: 200,
  },
  'wrong-top-level-500': { run: (c) => createStatus(c, { body: ['x'] }), faithful: 400, faulty: 500 },
  'accepts-bad-paging': {
    run: async (c) => (await c.full('POST', '/projects/search', { body: { page: -1 } })).status,
    faithful: 400,
    faulty: 200,
  },
  'invalid-id-500': {
    run: async (c) => (await c.full('GET', '/projects/not-a-uuid')).status,
    faithful: 404,
    faulty: 500,
  },
  'unknown-id-500': {
    run: async (c) => (await c.full('GET', `/projects/${UNKNOWN}`)).status,
    faithful: 404,
    faulty: 500,
  },
  'rejected-write-applied': {
    run: async (c) => {
      const before = c.target.stats().resources.projects;
      const status = await createStatus(c, { body: { name: 'x'.repeat(256) } });
      return [status, c.target.stats().resources.projects - before];
    },
    faithful: [400, 0],
    faulty: [400, 1],
  },
  // ── document ──
  'drop-operation': {
    run: async (c) => {
      const folder = await c.full('POST', '/folders', {
        body: { name: 'f', projectId: await createProject(c.full, c.tag) },
      });
      const doc = await call(c.target, 'GET', '!/v3/api-docs');
      return [
        (await c.full('DELETE', `/folders/${String(field(folder.json, 'id'))}`)).status,
        field(doc.json, 'paths', '/api/v1/folders/{folderId}', 'delete') !== undefined,
      ];
    },
    faithful: [204, true],
    faulty: [405, false],
  },
  'required-request-property': {
    run: async (c) => {
      const doc = await call(c.target, 'GET', '!/v3/api-docs');
      return [
        await createStatus(c, { body: { name: c.tag } }),
        field(doc.json, 'components', 'schemas', 'CreateProjectDto', 'required'),
      ];
    },
    faithful: [200, ['name']],
    faulty: [400, ['name', 'description']],
  },
  'response-type-change': {
    run: async (c) => {
      const doc = await call(c.target, 'GET', '!/v3/api-docs');
      const schemas = field(doc.json, 'components', 'schemas');
      const filter = String(field(schemas, 'PubSearchDtoFileMetadataDto', 'properties', 'filter', '$ref')).replace(
        '#/components/schemas/',
        '',
      );
      const revisionType = (schema: string): unknown => field(schemas, schema, 'properties', 'revision', 'type');
      return [typeof field(await createdFile(c), 'revision'), revisionType('FileMetadataDto'), revisionType(filter)];
    },
    faithful: ['number', 'integer', 'integer'],
    faulty: ['string', 'string', 'integer'],
  },
  // ── Hub API v2: project snapshots, environments, catalog ──
  ...HUB_OPS_PROBES,
};
