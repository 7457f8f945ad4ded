/**
 * The hub-v2 route table: the resource groups, each a module with its tag, schemas, parameters
 * and operations. The server dispatches on it and document.ts generates the OpenAPI document
 * from it. A further group (snapshots, environments, clusters, catalog) is one more module here.
 */
import type { JsonObject } from '../simulator/json.ts';
import { FILES } from './resources/files.ts';
import { FOLDERS } from './resources/folders.ts';
import { INFO } from './resources/info.ts';
import { MEMBERS } from './resources/members.ts';
import { PROJECTS } from './resources/projects.ts';
import { sharedResponses, sharedSchemas, type HubResource } from './resources/shared.ts';
import { VERSIONS } from './resources/versions.ts';
import { WORKSPACES } from './resources/workspaces.ts';
import type { Components } from './schema.ts';
import type { HubRouteDef } from './types.ts';

export const HUB_API_PREFIX = '/api/v2';

/** The resource groups, in the order of their tags in the document. */
export const HUB_RESOURCES: readonly HubResource[] = [FILES, FOLDERS, INFO, PROJECTS, VERSIONS, WORKSPACES, MEMBERS];

export function hubRoutes(disabledOperations: readonly string[] = []): HubRouteDef[] {
  return HUB_RESOURCES.flatMap((r) => r.routes()).filter((r) => !disabledOperations.includes(r.operationId));
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
