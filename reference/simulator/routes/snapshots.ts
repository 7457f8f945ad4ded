/**
 * Milestones (v1 and beta) and their 8.9 successor, versions (v1-versions): named snapshots of a
 * file's content. One implementation, two namings. Versions follow Camunda's public client
 * (@camunda8/sdk): optional name (*assumed* default "Version <n>"), description,
 * organizationPublic, restore with a body `{version}` (*assumed*: validated, otherwise unused).
 */
import { readBoolean, readText } from '../json.ts';
import { live, type SnapshotRecord } from '../store.ts';
import type { ErrorStatus, RequestContext, RouteDef } from '../types.ts';
import { snapshotMetadata } from '../views.ts';
import { lookup, markCreated, newAudit, noContent, searchHandler, update } from './common.ts';

interface Naming {
  /** "milestone" or "version". */
  readonly word: string;
  /** "Milestone" or "Version". */
  readonly Word: string;
  readonly tag: string;
  readonly restoreBody?: string;
  readonly restoreErrors: readonly ErrorStatus[];
  readonly optionalName: boolean;
}

export const MILESTONES: Naming = {
  word: 'milestone',
  Word: 'Milestone',
  tag: 'Milestones',
  restoreErrors: [403, 404, 500],
  optionalName: false,
};
export const VERSIONS: Naming = {
  word: 'version',
  Word: 'Version',
  tag: 'Versions',
  restoreBody: 'RestoreVersionDto',
  restoreErrors: [400, 403, 404, 500],
  optionalName: true,
};

function idOf(ctx: RequestContext, n: Naming, param = `${n.word}Id`): string {
  return ctx.params[param] ?? '';
}

function defaultName(ctx: RequestContext, n: Naming, fileId: string): string {
  const count = live(ctx.env.store.snapshots).filter((s) => s.fileId === fileId).length;
  return `${n.Word} ${count + 1}`;
}

function createSnapshot(ctx: RequestContext, n: Naming): SnapshotRecord {
  const file = lookup(ctx, ctx.env.store.files, readText(ctx.body, 'fileId') ?? '', 'use');
  const record: SnapshotRecord = {
    id: ctx.env.store.newId(),
    name: readText(ctx.body, 'name') ?? (n.optionalName ? defaultName(ctx, n, file.id) : ''),
    fileId: file.id,
    content: file.content,
    description: readText(ctx.body, 'description') ?? null,
    organizationPublic: readBoolean(ctx.body, 'organizationPublic') ?? false,
    ...newAudit(ctx),
  };
  ctx.env.store.snapshots.set(record.id, markCreated(ctx, record));
  return record;
}

function patchSnapshot(ctx: RequestContext, n: Naming): SnapshotRecord {
  const snapshot = lookup(ctx, ctx.env.store.snapshots, idOf(ctx, n), 'use');
  return update(ctx, snapshot, {
    name: readText(ctx.body, 'name') ?? snapshot.name,
    description: readText(ctx.body, 'description') ?? snapshot.description,
    organizationPublic: readBoolean(ctx.body, 'organizationPublic') ?? snapshot.organizationPublic,
  });
}

/** Sets the file's content back to the snapshot's (a new file revision). */
function restoreSnapshot(ctx: RequestContext, n: Naming): SnapshotRecord {
  const snapshot = lookup(ctx, ctx.env.store.snapshots, idOf(ctx, n), 'use');
  const file = lookup(ctx, ctx.env.store.files, snapshot.fileId, 'use');
  update(ctx, file, { content: snapshot.content, revision: file.revision + 1 });
  return snapshot;
}

function compareUrl(ctx: RequestContext, n: Naming): string {
  const first = lookup(ctx, ctx.env.store.snapshots, idOf(ctx, n, `${n.word}1Id`), 'use');
  const second = lookup(ctx, ctx.env.store.snapshots, idOf(ctx, n, `${n.word}2Id`), 'use');
  return `${ctx.env.baseUrl}/diagrams/compare/${first.id}...${second.id}`;
}

export function snapshotRoutes(n: Naming): RouteDef[] {
  const base = `/${n.word}s`;
  const id = `${base}/{${n.word}Id}`;
  const metadata = `${n.Word}MetadataDto`;
  return [
    {
      operationId: `create${n.Word}`,
      method: 'post',
      path: base,
      tag: n.tag,
      description: `Creates a ${n.word}: a snapshot of the file's current content.`,
      requestBody: `Create${n.Word}Dto`,
      success: { status: 200, schema: metadata },
      errors: [400, 404, 500],
      permission: 'create',
      handler: (ctx) => ({ status: 200, body: snapshotMetadata(ctx.env, createSnapshot(ctx, n)) }),
    },
    {
      operationId: `search${n.Word}s`,
      method: 'post',
      path: `${base}/search`,
      tag: n.tag,
      description: `Searches ${n.word}s: filter, sort, page and size (default 10).`,
      requestBody: `PubSearchDto${metadata}`,
      success: { status: 200, schema: `PubSearchResultDto${metadata}` },
      errors: [400, 404, 500],
      permission: 'read',
      search: { itemSchema: metadata, unsortable: [] },
      handler: searchHandler((ctx) => live(ctx.env.store.snapshots).map((s) => snapshotMetadata(ctx.env, s))),
    },
    {
      operationId: `get${n.Word}`,
      method: 'get',
      path: id,
      tag: n.tag,
      success: { status: 200, schema: `${n.Word}Dto` },
      errors: [404, 500],
      permission: 'read',
      handler: (ctx) => {
        const snapshot = lookup(ctx, ctx.env.store.snapshots, idOf(ctx, n), 'get');
        return { status: 200, body: { metadata: snapshotMetadata(ctx.env, snapshot), content: snapshot.content } };
      },
    },
    {
      operationId: `patch${n.Word}`,
      method: 'patch',
      path: id,
      tag: n.tag,
      requestBody: `Update${n.Word}Dto`,
      success: { status: 200, schema: metadata },
      errors: [400, 404, 500],
      permission: 'update',
      handler: (ctx) => ({ status: 200, body: snapshotMetadata(ctx.env, patchSnapshot(ctx, n)) }),
    },
    {
      operationId: `delete${n.Word}`,
      method: 'delete',
      path: id,
      tag: n.tag,
      description: 'Deletes it. Cannot be undone.',
      success: { status: 204 },
      errors: [404, 500],
      permission: 'delete',
      handler: (ctx) => {
        const snapshot = lookup(ctx, ctx.env.store.snapshots, idOf(ctx, n), 'use');
        ctx.env.store.deleteSnapshot(snapshot.id, ctx.env.behaviour.softDelete);
        return noContent();
      },
    },
    {
      operationId: `restore${n.Word}`,
      method: 'post',
      path: `${id}/restore`,
      tag: n.tag,
      description: `Sets the file's content back to this ${n.word} (the file gets a new revision).`,
      ...(n.restoreBody === undefined ? {} : { requestBody: n.restoreBody }),
      success: { status: 200, schema: metadata },
      errors: n.restoreErrors,
      permission: 'update',
      handler: (ctx) => ({ status: 200, body: snapshotMetadata(ctx.env, restoreSnapshot(ctx, n)) }),
    },
    {
      operationId: `compare${n.Word}s`,
      method: 'get',
      path: `${base}/compare/{${n.word}1Id}...{${n.word}2Id}`,
      tag: n.tag,
      description: `Links to a visual comparison of two ${n.word}s; the first is the baseline.`,
      success: { status: 200, schema: `${n.Word}ComparisonDto` },
      errors: [404, 500],
      permission: 'read',
      handler: (ctx) => ({ status: 200, body: { url: compareUrl(ctx, n) } }),
    },
  ];
}
