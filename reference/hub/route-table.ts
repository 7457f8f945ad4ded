/**
 * The hub-v2 route table: the resource groups, each a module with its tag, schemas, parameters
 * and operations. The server dispatches on it and document.ts generates the OpenAPI document
 * from it: the 66 operations of the 8.10 release (fewer on a SaaS target, see availableOn).
 */
import type { JsonObject } from '../../src/core/json.ts';
import { CATALOG } from './resources/catalog.ts';
import { CLUSTERS } from './resources/clusters.ts';
import { ENVIRONMENTS } from './resources/environments.ts';
import { FILES } from './resources/files.ts';
import { FOLDERS } from './resources/folders.ts';
import { INFO } from './resources/info.ts';
import { MEMBERS } from './resources/members.ts';
import { PROJECTS } from './resources/projects.ts';
import { sharedResponses, sharedSchemas, type HubResource } from './resources/shared.ts';
import { SNAPSHOTS } from './resources/snapshots.ts';
import { VERSIONS } from './resources/versions.ts';
import { WORKSPACES } from './resources/workspaces.ts';
import type { Components } from './schema.ts';
import type { HubRouteDef, TargetKind } from './types.ts';

export const HUB_API_PREFIX = '/api/v2';

/** The resource groups, in the order of their tags in the document. */
export const HUB_RESOURCES: readonly HubResource[] = [
  CATALOG,
  CLUSTERS,
  ENVIRONMENTS,
  FILES,
  FOLDERS,
  INFO,
  PROJECTS,
  SNAPSHOTS,
  VERSIONS,
  WORKSPACES,
  MEMBERS,
];

/** Whether an operation exists on this kind of target (`x-availability`; none = both kinds). */
export function availableOn(route: HubRouteDef, kind: TargetKind): boolean {
  return route.availability === undefined || route.availability === (kind === 'saas' ? 'SaaS' : 'SM');
}

/**
 * The operations a target of this kind serves and documents. *Assumed*: an operation of the other
 * kind is absent, as the published SaaS root document leaves the cluster paths out, so the
 * server answers it 404 (no route).
 */
export function hubRoutes(
  disabledOperations: readonly string[] = [],
  kind: TargetKind = 'self-managed',
): HubRouteDef[] {
  return HUB_RESOURCES.flatMap((r) => r.routes()).filter(
    (r) => !disabledOperations.includes(r.operationId) && availableOn(r, kind),
  );
}

export interface HubComponents {
  readonly schemas: Components;
  readonly parameters: Components;
  readonly responses: Components;
}

export function hubComponents(): HubComponents {
  const schemas: Components = { ...sharedSchemas() };
  const parameters: Components = {};
  for (const resource of HUB_RESOURCES) {
    Object.assign(schemas, resource.schemas());
    Object.assign(parameters, resource.parameters?.() ?? {});
  }
  return { schemas, parameters, responses: sharedResponses() };
}

export function hubTags(): JsonObject[] {
  return HUB_RESOURCES.map((r) => ({ name: r.tag.name, description: r.tag.description }));
}
