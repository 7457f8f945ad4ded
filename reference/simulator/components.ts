/**
 * The component-schema registry: the DTOs of the Web Modeler API, written for this project from
 * the published document's names, properties and types (the document itself is not copied).
 * Where the simulator answers null (root files and folders) the property is declared nullable.
 * Response DTOs declare no `required` list, as the product's do.
 */
import type { Generation } from '../../src/core/domain.ts';
import type { JsonObject } from '../../src/core/json.ts';
import { arrayOf, bool, bounded, choice, int32, nullable, object, ref, str } from './schema-dsl.ts';

export type ComponentSchemas = Record<string, JsonObject>;

export const FILE_TYPES = ['bpmn', 'dmn', 'form', 'connector_template'] as const;
export const COLLABORATOR_ROLES = ['project_admin', 'editor', 'viewer', 'commenter'] as const;

/** Audit fields every metadata DTO carries. */
function audit(): Record<string, JsonObject> {
  return { created: str(), createdBy: ref('UserDto'), updated: str(), updatedBy: ref('UserDto') };
}

function searchComponents(item: string): ComponentSchemas {
  return {
    [`PubSearchDto${item}`]: object({
      filter: ref(item),
      sort: arrayOf(ref('SortDto')),
      page: int32({ min: 0 }),
      size: int32({ min: 0, max: 50 }),
    }),
    [`PubSearchResultDto${item}`]: object({ items: arrayOf(ref(item)), total: int32() }),
  };
}

function commonComponents(): ComponentSchemas {
  return {
    UserDto: object({ name: str(), email: str() }),
    PathElementDto: object({ id: str(), name: str() }),
    SortDto: object({ field: str(), direction: { type: 'string', enum: ['ASC', 'DESC'] } }, ['direction', 'field']),
    InfoDto: object({
      version: str(),
      authorizedOrganization: str(),
      createPermission: bool(),
      readPermission: bool(),
      updatePermission: bool(),
      deletePermission: bool(),
    }),
  };
}

function projectComponents(): ComponentSchemas {
  return {
    CreateProjectDto: object({ name: bounded() }, ['name']),
    UpdateProjectDto: object({ name: bounded() }, ['name']),
    ProjectMetadataDto: object({ id: str(), name: str(), ...audit() }),
    ProjectContent: object({ folders: arrayOf(ref('FolderMetadataDto')), files: arrayOf(ref('FileMetadataDto')) }),
    ProjectDto: object({ metadata: ref('ProjectMetadataDto'), content: ref('ProjectContent') }),
    ...searchComponents('ProjectMetadataDto'),
  };
}

function folderComponents(): ComponentSchemas {
  return {
    CreateFolderDto: object({ name: bounded(), projectId: bounded(), parentId: bounded() }, ['name']),
    UpdateFolderDto: object({ name: bounded(), projectId: bounded(), parentId: bounded() }),
    FolderMetadataDto: object({ id: str(), name: str(), projectId: str(), parentId: nullable(str()), ...audit() }),
    FolderContentDto: object({ folders: arrayOf(ref('FolderMetadataDto')), files: arrayOf(ref('FileMetadataDto')) }),
    FolderDto: object({ metadata: ref('FolderMetadataDto'), content: ref('FolderContentDto') }),
  };
}

function fileComponents(): ComponentSchemas {
  return {
    CreateFileDto: object(
      { name: bounded(), folderId: bounded(), projectId: bounded(), content: str(), fileType: choice(FILE_TYPES) },
      ['content', 'fileType', 'name'],
    ),
    UpdateFileDto: object(
      { name: bounded(), content: str(), revision: int32(), projectId: bounded(), folderId: bounded() },
      ['revision'],
    ),
    FileMetadataDto: object({
      id: str(),
      name: str(),
      projectId: str(),
      folderId: nullable(str()),
      simplePath: str(),
      canonicalPath: arrayOf(ref('PathElementDto')),
      revision: int32(),
      type: str(),
      ...audit(),
    }),
    FileDto: object({ metadata: ref('FileMetadataDto'), content: str() }),
    ...searchComponents('FileMetadataDto'),
  };
}

function milestoneComponents(): ComponentSchemas {
  return {
    CreateMilestoneDto: object({ name: bounded(), fileId: bounded() }, ['fileId', 'name']),
    UpdateMilestoneDto: object({ name: bounded() }, ['name']),
    MilestoneMetadataDto: object({ id: str(), name: str(), fileId: str(), ...audit() }),
    MilestoneDto: object({ metadata: ref('MilestoneMetadataDto'), content: str() }),
    MilestoneComparisonDto: object({ url: str() }),
    ...searchComponents('MilestoneMetadataDto'),
  };
}

/**
 * Web Modeler 8.9 versions, after Camunda's public client (@camunda8/sdk ModelerDto): name is
 * optional on create, description and organizationPublic are new, restore takes `{version}`.
 * *Assumed*: the integer constraints of RestoreVersionDto and that compare answers `{url}` only.
 */
function versionComponents(): ComponentSchemas {
  return {
    CreateVersionDto: object({ name: bounded(), fileId: bounded(), description: str(), organizationPublic: bool() }, [
      'fileId',
    ]),
    UpdateVersionDto: object({ name: bounded(), description: str(), organizationPublic: bool() }),
    RestoreVersionDto: object({ version: int32({ min: 1 }) }, ['version']),
    VersionMetadataDto: object({
      id: str(),
      name: str(),
      fileId: str(),
      description: nullable(str()),
      organizationPublic: bool(),
      ...audit(),
    }),
    VersionDto: object({ metadata: ref('VersionMetadataDto'), content: str() }),
    VersionComparisonDto: object({ url: str() }),
    ...searchComponents('VersionMetadataDto'),
  };
}

function collaboratorComponents(): ComponentSchemas {
  return {
    CreateCollaboratorDto: object({ email: bounded(), projectId: bounded(), role: choice(COLLABORATOR_ROLES) }, [
      'email',
      'projectId',
      'role',
    ]),
    ProjectCollaboratorDto: object({ name: str(), email: str(), projectId: str(), role: str() }),
    ...searchComponents('ProjectCollaboratorDto'),
  };
}

export function componentsFor(generation: Generation): ComponentSchemas {
  return {
    ...commonComponents(),
    ...projectComponents(),
    ...folderComponents(),
    ...fileComponents(),
    ...(generation === 'v1-versions' ? versionComponents() : milestoneComponents()),
    ...collaboratorComponents(),
  };
}
