/**
 * The route table: the single source of the simulator's operations. The server dispatches on it
 * and document.ts generates the OpenAPI document from it, as springdoc does from controllers.
 */
import type { Generation } from '../../src/core/domain.ts';
import { collaboratorRoutes } from './routes/collaborators.ts';
import { fileRoutes } from './routes/files.ts';
import { folderRoutes } from './routes/folders.ts';
import { infoRoutes } from './routes/info.ts';
import { projectRoutes } from './routes/projects.ts';
import { MILESTONES, snapshotRoutes, VERSIONS } from './routes/snapshots.ts';
import type { RouteDef } from './types.ts';

export function apiPrefixOf(generation: Generation): '/api/v1' | '/api/beta' {
  return generation === 'beta' ? '/api/beta' : '/api/v1';
}

export function routesFor(generation: Generation, disabledOperations: readonly string[] = []): RouteDef[] {
  const all = [
    ...collaboratorRoutes(),
    ...projectRoutes(),
    ...snapshotRoutes(generation === 'v1-versions' ? VERSIONS : MILESTONES),
    ...folderRoutes(),
    ...fileRoutes(),
    ...infoRoutes(),
  ];
  return all.filter((r) => !disabledOperations.includes(r.operationId));
}
