/**
 * Hub API v2: a valid request of the operations whose shape differs from Web Modeler v1 — creates
 * whose parents come from the annotations' chain, searches paged with `{from, limit}` and filtered
 * by keys, the trash (recently-deleted search, restoration, permanent delete, purge) and members.
 * The auth, permission and negative scenarios send it with bad credentials, as other clients, or
 * made invalid. Null: the common (v1) request applies (get, update, delete, version restoration).
 */
import type { JsonObject } from '../core/json.ts';
import type { PlannedOperation } from '../plan/classify.ts';
import { idPath, searchBody } from './positive.ts';
import type { World } from './world.ts';
import { hubOpRequest } from './hub-ops.ts';
import type { FormPart } from '../synth/multipart.ts';

/** A valid request (the negative scenario's `ValidRequest`, without a side-effect snapshot). */
export interface HubRequest {
  readonly path: Readonly<Record<string, string>>;
  readonly body: JsonObject | undefined;
  readonly references: readonly string[];
  /** Query parameters (getClusterUsageMetrics). */
  readonly query?: Readonly<Record<string, string>>;
  /** A multipart body (the catalog ingestion). */
  readonly multipart?: readonly FormPart[];
}

export async function hubValidRequestOf(world: World, p: PlannedOperation): Promise<HubRequest | undefined | null> {
  // Project snapshots, environments, clusters, catalog (src/scenario/hub-ops.ts).
  const group = await hubOpRequest(world, p);
  if (group !== null) return group;
  switch (p.role) {
    case 'create':
      return { path: {}, body: await world.createBody(p, 'refused'), references: [] };
    case 'search': {
      const r = await world.ensure(p.kind);
      return { path: {}, body: searchBody(world, p, r), references: [] };
    }
    case 'search-deleted': {
      const r = await world.deleted(p.kind, p.role);
      return { path: {}, body: world.hubSearchBody(p, world.hubFilter(p, r)), references: [] };
    }
    case 'restore': {
      if (p.kind === 'version') return null;
      const r = await world.deleted(p.kind, p.role);
      return { path: idPath(p, r.id), body: undefined, references: [] };
    }
    case 'delete-permanently':
    case 'purge': {
      const r = await world.ensure(p.kind);
      return { path: idPath(p, r.id), body: undefined, references: [] };
    }
    case 'upsert': {
      if (p.kind !== 'member') return undefined;
      const email = world.collaboratorEmail();
      if (email === undefined) return world.deps.skip('no member email is configured (WM_COLLABORATOR_EMAIL)');
      const workspace = await world.home('workspace');
      return { path: idPath(p, workspace.id), body: world.body(p, { email, role: 'editor' }), references: [] };
    }
    case 'remove': {
      if (p.kind !== 'member') return undefined;
      const r = await world.ensure('member');
      const [workspaceParam, emailParam] = [...p.op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
      if (workspaceParam === undefined || emailParam === undefined) return undefined;
      return { path: { [workspaceParam]: r.workspaceId ?? '', [emailParam]: r.name }, body: undefined, references: [] };
    }
    default:
      return null;
  }
}
