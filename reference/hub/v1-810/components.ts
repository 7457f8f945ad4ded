/**
 * The component schemas of the v1 API as Camunda 8.10 serves it (generation v1-8.10, facts
 * hub-api-v2.md §4.1 "v1 on 8.10", web-modeler-api.md "v1 from Camunda 8.10 on"): the 8.9
 * components (versions instead of milestones, simulator/components.ts) with the 8.10 changes —
 * `processApplicationId` on folders and files (null at the workspace level), the process
 * applications of a project in `content.processApplications`, the process-application DTOs.
 * *Assumed* (no public schema of the 8.10 build): the process-application DTOs follow v1's own
 * pattern (`ProcessApplicationMetadataDto` {id, name, projectId, audit}, `ProcessApplicationDto`
 * {metadata, content {folders, files}}, `UpdateProcessApplicationDto` {name}); the create and
 * update DTOs of folders and files take an optional `processApplicationId` (else a v1 client could
 * not reach a process application's root, since a process application's id is no folder id any
 * more); file search filters by it through the filter DTO (FileMetadataDto), as v1's filters do.
 */
import { componentsFor, type ComponentSchemas } from '../../simulator/components.ts';
import { isJsonObject, type JsonObject } from '../../../src/core/json.ts';
import { arrayOf, bounded, nullable, object, ref, str } from '../../simulator/schema-dsl.ts';

/** The 8.10 additions: component → property → schema. */
export const V1_810_ADDED_PROPERTIES: Readonly<Record<string, Readonly<Record<string, JsonObject>>>> = {
  FolderMetadataDto: { processApplicationId: nullable(str()) },
  FileMetadataDto: { processApplicationId: nullable(str()) },
  ProjectContent: { processApplications: arrayOf(ref('ProcessApplicationMetadataDto')) },
  CreateFolderDto: { processApplicationId: bounded() },
  UpdateFolderDto: { processApplicationId: bounded() },
  CreateFileDto: { processApplicationId: bounded() },
  UpdateFileDto: { processApplicationId: bounded() },
};

function withProperties(schema: JsonObject | undefined, added: Readonly<Record<string, JsonObject>>): JsonObject {
  const base = schema ?? { type: 'object' };
  const properties = isJsonObject(base.properties) ? base.properties : {};
  return { ...base, properties: { ...properties, ...added } };
}

export function v1810Components(): ComponentSchemas {
  const components: ComponentSchemas = { ...componentsFor('v1-versions') };
  for (const [name, added] of Object.entries(V1_810_ADDED_PROPERTIES))
    components[name] = withProperties(components[name], added);
  const audit = { created: str(), createdBy: ref('UserDto'), updated: str(), updatedBy: ref('UserDto') };
  return {
    ...components,
    ProcessApplicationMetadataDto: object({ id: str(), name: str(), projectId: str(), ...audit }),
    ProcessApplicationContentDto: object({
      folders: arrayOf(ref('FolderMetadataDto')),
      files: arrayOf(ref('FileMetadataDto')),
    }),
    ProcessApplicationDto: object({
      metadata: ref('ProcessApplicationMetadataDto'),
      content: ref('ProcessApplicationContentDto'),
    }),
    UpdateProcessApplicationDto: object({ name: bounded() }, ['name']),
  };
}
