/**
 * The project's own knowledge of the Web Modeler API v1 → Camunda Hub API v2 migration, written
 * once as data from the facts file (`shared/domain/hub-api-v2.md` §4, itself compiled from
 * Camunda's migration guide): which v2 operation(s) replace each v1 operation, or that it is
 * dropped and what replaces it, and the field renames and structural changes of §4.3. Every
 * entry names its source (facts section). The report (compare.ts) checks this knowledge against
 * the two live documents; nothing here is read from them.
 *
 * Operations are identified by method and path without the API prefix and with the path
 * parameters' names left out (`DELETE /projects/{}/collaborators/{}`), so a document that names
 * a parameter differently still matches.
 */

/** `METHOD /path/{}` without the API prefix, parameter names left out. */
export type OperationKey = string;

export interface MappedOperation {
  /** The v1 operation as the published guide writes it (prefix `/api/v1` left out). */
  readonly v1: OperationKey;
  /** mapped: one v2 counterpart; dropped: none (`replacement` says what to do instead). */
  readonly status: 'mapped' | 'dropped';
  /** The v2 operation(s) to call instead (for a dropped one: the replacement's operations, if any). */
  readonly v2: readonly OperationKey[];
  /** What a reader must know beyond the renames (soft delete, body moves, …). */
  readonly note: string | null;
  /** For a dropped operation: the documented replacement. */
  readonly replacement: string | null;
  /** Facts section the entry comes from. */
  readonly source: string;
}

const COMPARE_LINKS =
  'build the UI link yourself: {baseURL}/diagrams/{fileKey}/versions/{versionKey1}...{versionKey2} (BPMN); /connector-templates/, /forms/, /rpa-scripts/ for element templates, forms and RPA scripts; both versions must belong to the same file';

function mapped(v1: OperationKey, v2: OperationKey, source: string, note: string | null = null): MappedOperation {
  return { v1, status: 'mapped', v2: [v2], note, replacement: null, source };
}

function dropped(
  v1: OperationKey,
  replacement: string,
  v2: readonly OperationKey[],
  source: string,
  note: string | null = null,
): MappedOperation {
  return { v1, status: 'dropped', v2, note, replacement, source };
}

const MILESTONES = 'Milestones were deprecated in Camunda 8.7: use the Versions API';

/** Facts §4.2 (the published endpoint mapping), §4.1 (process applications) and the milestone row extended to every milestone operation. */
export const OPERATION_MAPPING: readonly MappedOperation[] = [
  mapped('POST /files', 'POST /files', '§4.2'),
  mapped('GET /files/{}', 'GET /files/{}', '§4.2'),
  mapped('PATCH /files/{}', 'PATCH /files/{}', '§4.2'),
  mapped(
    'DELETE /files/{}',
    'DELETE /files/{}',
    '§4.2',
    'now a soft delete: the file goes to the recently deleted items and can be restored (POST /files/{fileKey}/restoration); DELETE /files/{fileKey}/permanent deletes it for good in one step (§2.1)',
  ),
  mapped('POST /files/search', 'POST /files/search', '§4.2'),
  mapped('POST /folders', 'POST /folders', '§4.2'),
  mapped('GET /folders/{}', 'GET /folders/{}', '§4.2'),
  mapped('PATCH /folders/{}', 'PATCH /folders/{}', '§4.2'),
  mapped(
    'DELETE /folders/{}',
    'DELETE /folders/{}',
    '§4.2',
    'now a soft delete cascading to everything in the folder; restore with POST /folders/{folderKey}/restoration, delete for good with DELETE /folders/{folderKey}/permanent (§2.1)',
  ),
  mapped('POST /projects', 'POST /workspaces', '§4.2', 'a v1 project is a v2 workspace (§4.1)'),
  mapped('GET /projects/{}', 'GET /workspaces/{}', '§4.2', 'a v1 project is a v2 workspace (§4.1)'),
  mapped('PATCH /projects/{}', 'PATCH /workspaces/{}', '§4.2', 'a v1 project is a v2 workspace (§4.1)'),
  mapped(
    'DELETE /projects/{}',
    'DELETE /workspaces/{}',
    '§4.2',
    'now a soft delete cascading to its projects, folders and files; restore with POST /workspaces/{workspaceKey}/restoration (§2.1)',
  ),
  mapped('POST /projects/search', 'POST /workspaces/search', '§4.2', 'a v1 project is a v2 workspace (§4.1)'),
  mapped(
    'PUT /collaborators',
    'POST /workspaces/{}/members',
    '§4.2',
    'collaborators are members now (§4.1); the method is POST and the workspace key moves from the body into the path',
  ),
  mapped('DELETE /projects/{}/collaborators/{}', 'DELETE /workspaces/{}/members/{}', '§4.2'),
  mapped(
    'POST /collaborators/search',
    'POST /members/search',
    '§4.2',
    'filter.workspaceKey is required: members cannot be searched across workspaces (§2.1)',
  ),
  mapped('POST /versions', 'POST /versions', '§4.2'),
  mapped('GET /versions/{}', 'GET /versions/{}', '§4.2'),
  mapped('PATCH /versions/{}', 'PATCH /versions/{}', '§4.2'),
  mapped('DELETE /versions/{}', 'DELETE /versions/{}', '§4.2'),
  mapped(
    'POST /versions/search',
    'POST /versions/search',
    '§4.2',
    'filter.fileKey is required: versions cannot be searched across files (§2.1)',
  ),
  mapped(
    'POST /versions/{}/restore',
    'POST /versions/{}/restoration',
    '§4.2',
    'no body (element templates: {"version": <number>}); answers the newly created version',
  ),
  dropped('GET /versions/compare/{}...{}', COMPARE_LINKS, [], '§4.2'),
  dropped('POST /milestones', MILESTONES, ['POST /versions'], '§4.2'),
  dropped('GET /milestones/{}', MILESTONES, ['GET /versions/{}'], '§4.2'),
  dropped('PATCH /milestones/{}', MILESTONES, ['PATCH /versions/{}'], '§4.2'),
  dropped('DELETE /milestones/{}', MILESTONES, ['DELETE /versions/{}'], '§4.2'),
  dropped(
    'POST /milestones/search',
    MILESTONES,
    ['POST /versions/search'],
    '§4.2 (milestones row, all milestone operations)',
  ),
  dropped(
    'POST /milestones/{}/restore',
    MILESTONES,
    ['POST /versions/{}/restoration'],
    '§4.2 (milestones row, all milestone operations)',
  ),
  dropped(
    'GET /milestones/compare/{}...{}',
    `${MILESTONES}; to compare, ${COMPARE_LINKS}`,
    [],
    '§4.2 (milestones row and compare row)',
  ),
  mapped('GET /info', 'GET /info', '§4.2'),
  mapped(
    'GET /process-applications/{}',
    'GET /projects/{}',
    '§4.1',
    'a v1 process application (v1 on Camunda 8.10) is a v2 project',
  ),
  mapped('PATCH /process-applications/{}', 'PATCH /projects/{}', '§4.1', 'a v1 process application is a v2 project'),
  mapped(
    'DELETE /process-applications/{}',
    'DELETE /projects/{}',
    '§4.1',
    'a v1 process application is a v2 project; the v2 delete is a soft delete (§2.1)',
  ),
];

/** Where a field is looked for in an operation. */
export type Place = 'request' | 'response' | 'path';

export interface FieldRef {
  /** Dotted property paths (array items left out: `sort.direction`); any of them counts. */
  readonly fields: readonly string[];
  /** Where to look (default: request body, success response body and path parameters). */
  readonly in?: readonly Place[];
}

/** What the documents must show for a change to match the guide. */
export type ChangeCheck =
  /** `from` in v1 and not in v2 (unless `fromMayRemain`), `to` in v2. */
  | { readonly kind: 'rename'; readonly from: FieldRef; readonly to: FieldRef; readonly fromMayRemain?: boolean }
  /** `from` in v1, not in v2. */
  | { readonly kind: 'removed'; readonly from: FieldRef }
  /** An enum (or pattern alternative) value `fromValue` of `from` in v1 that v2 spells `toValue` (null: no longer allowed). */
  | {
      readonly kind: 'enum';
      readonly from: FieldRef;
      readonly fromValue: string;
      readonly to: FieldRef;
      readonly toValue: string | null;
    }
  /** `to` in v2, not in v1. */
  | { readonly kind: 'added'; readonly to: FieldRef }
  /** `to` required in v2 but not in v1. */
  | { readonly kind: 'required'; readonly to: FieldRef }
  /** `field` nullable in v2. */
  | { readonly kind: 'nullable'; readonly to: FieldRef }
  /** `field` of type `fromType` in v1, `toType` in v2. */
  | { readonly kind: 'type'; readonly field: FieldRef; readonly fromType: string; readonly toType: string }
  /** v1's response wraps the object in `wrapper`; v2's is flat (the wrapper gone). */
  | { readonly kind: 'flatten'; readonly wrapper: string }
  /** The HTTP method changes. */
  | { readonly kind: 'method'; readonly fromMethod: string; readonly toMethod: string }
  /** v2's error responses are RFC 9457 problems (`application/problem+json`), v1's are not. */
  | { readonly kind: 'problem-errors' };

export interface FieldChange {
  readonly id: string;
  /** The change as the guide states it. */
  readonly text: string;
  /** What a client must do. */
  readonly action: string;
  readonly source: string;
  /** The v1 operations (keys) whose pairs show the change. */
  readonly applies: readonly OperationKey[];
  readonly check: ChangeCheck;
  /** True when only behaviour shows it, never a schema: reported as not found in the documents, with this reason. */
  readonly behaviourOnly?: string;
}

const FILE_BODY = ['POST /files', 'GET /files/{}', 'PATCH /files/{}', 'POST /files/search'];
const FILE_RESPONSE = FILE_BODY;
const FOLDER_BODY = ['POST /folders', 'GET /folders/{}', 'PATCH /folders/{}'];
const WORKSPACE_RESPONSE = ['POST /projects', 'GET /projects/{}', 'PATCH /projects/{}', 'POST /projects/search'];
const MEMBER_OPS = ['PUT /collaborators', 'DELETE /projects/{}/collaborators/{}', 'POST /collaborators/search'];
const VERSION_OPS = [
  'POST /versions',
  'GET /versions/{}',
  'PATCH /versions/{}',
  'DELETE /versions/{}',
  'POST /versions/search',
  'POST /versions/{}/restore',
  'POST /milestones',
  'GET /milestones/{}',
  'PATCH /milestones/{}',
  'DELETE /milestones/{}',
  'POST /milestones/search',
  'POST /milestones/{}/restore',
];
const SEARCHES = [
  'POST /files/search',
  'POST /projects/search',
  'POST /collaborators/search',
  'POST /versions/search',
  'POST /milestones/search',
];
const FILE_AND_WORKSPACE_SEARCHES = ['POST /files/search', 'POST /projects/search'];
const ALL_MAPPED = OPERATION_MAPPING.filter((m) => m.v2.length > 0).map((m) => m.v1);

const req = (...fields: string[]): FieldRef => ({ fields, in: ['request'] });
const res = (...fields: string[]): FieldRef => ({ fields, in: ['response'] });
const any = (...fields: string[]): FieldRef => ({ fields });

/** Facts §4.3 (field renames and structural changes), §3.1 (paging), §3.4 (errors). */
export const FIELD_CHANGES: readonly FieldChange[] = [
  {
    id: 'file-type',
    text: 'fileType → type (request and response)',
    action: 'send the file type as "type"',
    source: '§4.3 Files',
    applies: FILE_BODY,
    check: { kind: 'rename', from: req('fileType'), to: req('type') },
  },
  {
    id: 'file-type-element-template',
    text: 'enum element_template → element-template',
    action: 'send "element-template"',
    source: '§4.3 Files',
    applies: ['POST /files', 'POST /files/search'],
    check: {
      kind: 'enum',
      from: req('fileType', 'type', 'filter.type'),
      fromValue: 'element_template',
      to: req('type', 'filter.type'),
      toValue: 'element-template',
    },
  },
  {
    id: 'file-type-connector-template',
    text: 'creating connector_template is no longer supported (existing connector templates are reported as element-template)',
    action: 'create element templates with "element-template"',
    source: '§4.3 Files',
    applies: ['POST /files'],
    check: { kind: 'enum', from: req('fileType'), fromValue: 'connector_template', to: req('type'), toValue: null },
  },
  {
    id: 'file-type-case',
    text: 'response type upper-case ("BPMN") → lower-case ("bpmn")',
    action: 'compare file types in lower case',
    source: '§4.3 Files',
    applies: FILE_RESPONSE,
    check: { kind: 'enum', from: res('type'), fromValue: 'BPMN', to: res('type'), toValue: 'bpmn' },
  },
  {
    id: 'file-folder-id',
    text: 'folderId → folderKey (null at the project root; v1 returned the project id)',
    action: 'read and send "folderKey"; expect null at the project root',
    source: '§4.3 Files',
    applies: FILE_BODY,
    check: { kind: 'rename', from: any('folderId'), to: any('folderKey') },
  },
  {
    id: 'file-project-id',
    text: 'projectId → projectKey (meaning changes: v1 = workspace id, v2 = project key)',
    action: 'send the key of the v2 project (not the workspace) as "projectKey"',
    source: '§4.3 Files',
    applies: FILE_BODY,
    check: { kind: 'rename', from: any('projectId'), to: any('projectKey') },
  },
  {
    id: 'file-id',
    text: 'id → fileKey',
    action: 'read the file\'s key from "fileKey"',
    source: '§4.3 Files',
    applies: FILE_RESPONSE,
    check: { kind: 'rename', from: res('id'), to: res('fileKey') },
  },
  {
    id: 'file-content-flat',
    text: 'content moves from a sibling of metadata into the flat file object',
    action: 'read the file\'s fields at the top level, not under "metadata"',
    source: '§4.3 Files',
    applies: ['GET /files/{}'],
    check: { kind: 'flatten', wrapper: 'metadata' },
  },
  {
    id: 'file-canonical-path',
    text: 'canonicalPath: list of {id, name} → "/"-delimited string of folder keys',
    action: 'split canonicalPath on "/"; folder names are in simplePath',
    source: '§4.3 Files',
    applies: FILE_RESPONSE,
    check: { kind: 'type', field: res('canonicalPath'), fromType: 'array', toType: 'string' },
  },
  {
    id: 'file-revision-required',
    text: 'revision is now required on update',
    action: 'send the current "revision" with every file update',
    source: '§4.3 Files',
    applies: ['PATCH /files/{}'],
    check: { kind: 'required', to: req('revision') },
  },
  {
    id: 'search-folder-id',
    text: 'search filter.folderId → filter.folderKey',
    action: 'filter files by "folderKey"',
    source: '§4.3 Files',
    applies: ['POST /files/search'],
    check: { kind: 'rename', from: req('filter.folderId'), to: req('filter.folderKey') },
  },
  {
    id: 'search-created-by',
    text: 'search filter.createdBy.email → filter.createdBy (the email as a string)',
    action: 'filter by "createdBy": "<email>"',
    source: '§4.3 Files, Workspaces',
    applies: FILE_AND_WORKSPACE_SEARCHES,
    check: { kind: 'rename', from: req('filter.createdBy.email'), to: req('filter.createdBy') },
  },
  {
    id: 'search-updated-by',
    text: 'search filter.updatedBy.email → filter.updatedBy (the email as a string)',
    action: 'filter by "updatedBy": "<email>"',
    source: '§4.3 Files, Workspaces',
    applies: FILE_AND_WORKSPACE_SEARCHES,
    check: { kind: 'rename', from: req('filter.updatedBy.email'), to: req('filter.updatedBy') },
  },
  {
    id: 'search-sort-direction',
    text: 'sort.direction → sort.order',
    action: 'send "sort": [{"field": …, "order": "ASC"|"DESC"}]',
    source: '§4.3, §3.3',
    applies: SEARCHES,
    check: { kind: 'rename', from: req('sort.direction'), to: req('sort.order') },
  },
  {
    id: 'search-files-project-id',
    text: 'search filter.projectId removed (files cannot be filtered by workspace)',
    action: 'filter by "projectKey" (a v2 project) instead',
    source: '§4.3 Files',
    applies: ['POST /files/search'],
    check: { kind: 'removed', from: req('filter.projectId') },
  },
  {
    id: 'search-content-null',
    text: 'search items have content: null',
    action: 'fetch a file by its key to read its content',
    source: '§4.3 Files',
    applies: ['POST /files/search'],
    check: { kind: 'nullable', to: res('items.content') },
  },
  {
    id: 'folder-parent-id',
    text: 'parentId → parentFolderKey (null at the project root; v1 returned the project id)',
    action: 'read and send "parentFolderKey"; expect null at the project root',
    source: '§4.3 Folders',
    applies: FOLDER_BODY,
    check: { kind: 'rename', from: any('parentId'), to: any('parentFolderKey') },
  },
  {
    id: 'folder-project-id',
    text: 'projectId → projectKey ("the workspace key is no longer available")',
    action: 'send the key of the v2 project as "projectKey"',
    source: '§4.3 Folders',
    applies: FOLDER_BODY,
    check: { kind: 'rename', from: any('projectId'), to: any('projectKey') },
  },
  {
    id: 'folder-id',
    text: 'id → folderKey',
    action: 'read the folder\'s key from "folderKey"',
    source: '§4.3 Folders',
    applies: FOLDER_BODY,
    check: { kind: 'rename', from: res('id'), to: res('folderKey') },
  },
  {
    id: 'folder-get-shape',
    text: 'GET response {metadata, content} → {folder, content: {folders, files}}',
    action: 'read the folder from "folder"',
    source: '§4.3 Folders',
    applies: ['GET /folders/{}'],
    check: { kind: 'rename', from: res('metadata'), to: res('folder') },
  },
  {
    id: 'workspace-id',
    text: 'id → workspaceKey',
    action: 'read the workspace\'s key from "workspaceKey"',
    source: '§4.3 Workspaces',
    applies: WORKSPACE_RESPONSE,
    check: { kind: 'rename', from: res('id'), to: res('workspaceKey') },
  },
  {
    id: 'workspace-get-shape',
    text: 'GET response {metadata, content: {folders, files}} → {workspace: {workspaceKey, name, description, …}, content: {projects}}',
    action: 'read the workspace from "workspace" and its projects from "content.projects"',
    source: '§4.3 Workspaces',
    applies: ['GET /projects/{}'],
    check: { kind: 'rename', from: res('metadata'), to: res('workspace') },
  },
  {
    id: 'workspace-content-projects',
    text: 'GET content {folders, files} → content {projects}',
    action: "list a workspace's projects, then each project's folders and files",
    source: '§4.3 Workspaces',
    applies: ['GET /projects/{}'],
    check: { kind: 'rename', from: res('content.files', 'content.folders'), to: res('content.projects') },
  },
  {
    id: 'workspace-search-id',
    text: 'search filter.id removed',
    action: 'get a workspace by its key instead',
    source: '§4.3 Workspaces',
    applies: ['POST /projects/search'],
    check: { kind: 'removed', from: req('filter.id') },
  },
  {
    id: 'workspace-search-description',
    text: 'search filter.description removed',
    action: 'filter by name instead',
    source: '§4.3 Workspaces',
    applies: ['POST /projects/search'],
    check: { kind: 'removed', from: req('filter.description') },
  },
  {
    id: 'member-method',
    text: 'add collaborator: method PUT → POST, workspace key in the path',
    action: 'POST /v2/workspaces/{workspaceKey}/members with {email, role}',
    source: '§4.3 Members',
    applies: ['PUT /collaborators'],
    check: { kind: 'method', fromMethod: 'PUT', toMethod: 'POST' },
  },
  {
    id: 'member-project-id',
    text: 'projectId → workspaceKey (in the path when adding a member)',
    action: 'put the workspace key in the path; read "workspaceKey" in results',
    source: '§4.3 Members',
    applies: MEMBER_OPS,
    check: { kind: 'rename', from: any('projectId'), to: any('workspaceKey') },
  },
  {
    id: 'member-search-workspace',
    text: 'search filter.projectId → filter.workspaceKey',
    action: 'filter members by "workspaceKey"',
    source: '§4.3 Members',
    applies: ['POST /collaborators/search'],
    check: { kind: 'rename', from: req('filter.projectId'), to: req('filter.workspaceKey') },
  },
  {
    id: 'member-search-workspace-required',
    text: 'search filter.workspaceKey is now required (no cross-workspace search)',
    action: 'search members one workspace at a time',
    source: '§4.3 Members',
    applies: ['POST /collaborators/search'],
    check: { kind: 'required', to: req('filter.workspaceKey') },
  },
  {
    id: 'member-role',
    text: 'role project_admin → workspace_admin (editor, commenter, viewer unchanged)',
    action: 'send and expect "workspace_admin"',
    source: '§4.3 Members',
    applies: ['PUT /collaborators', 'POST /collaborators/search'],
    check: {
      kind: 'enum',
      from: any('role', 'items.role'),
      fromValue: 'project_admin',
      to: any('role', 'items.role'),
      toValue: 'workspace_admin',
    },
  },
  {
    id: 'version-file-id',
    text: 'fileId → fileKey',
    action: 'send and read "fileKey"',
    source: '§4.3 Versions',
    applies: VERSION_OPS,
    check: { kind: 'rename', from: { fields: ['fileId'], in: ['request', 'response'] }, to: any('fileKey') },
  },
  {
    id: 'version-id',
    text: 'id / versionId → versionKey',
    action: 'read the version\'s key from "versionKey"',
    source: '§4.3 Versions',
    applies: VERSION_OPS,
    check: { kind: 'rename', from: any('id', 'versionId', 'milestoneId'), to: any('versionKey') },
  },
  {
    id: 'version-get-flat',
    text: 'GET response {metadata, content} → flat object with content and organizationPublic',
    action: "read the version's fields at the top level",
    source: '§4.3 Versions',
    applies: ['GET /versions/{}', 'GET /milestones/{}'],
    check: { kind: 'flatten', wrapper: 'metadata' },
  },
  {
    id: 'version-search-file-id',
    text: 'search filter.fileId → filter.fileKey',
    action: 'filter versions by "fileKey"',
    source: '§4.3 Versions',
    applies: ['POST /versions/search', 'POST /milestones/search'],
    check: { kind: 'rename', from: req('filter.fileId'), to: req('filter.fileKey') },
  },
  {
    id: 'version-search-file-required',
    text: 'search filter.fileKey is now required (no cross-file search)',
    action: 'search versions one file at a time',
    source: '§4.3 Versions',
    applies: ['POST /versions/search', 'POST /milestones/search'],
    check: { kind: 'required', to: req('filter.fileKey') },
  },
  {
    id: 'info-version',
    text: 'info version "v1" → "v2"',
    action: 'expect "v2"',
    source: '§4.3 Info',
    applies: ['GET /info'],
    check: { kind: 'removed', from: res('version') },
    behaviourOnly: 'a value, not a schema: see the behaviour observed',
  },
  {
    id: 'info-permissions',
    text: 'info createPermission, readPermission, updatePermission, deletePermission removed',
    action: "know your client's permissions from its configuration; a missing one answers 403",
    source: '§4.3 Info, §1.3',
    applies: ['GET /info'],
    check: {
      kind: 'removed',
      from: res('createPermission', 'readPermission', 'updatePermission', 'deletePermission'),
    },
  },
  {
    id: 'info-authorized-organization',
    text: 'v2 adds authorizedOrganization',
    action: 'read the organization from "authorizedOrganization"',
    source: '§4.3 Info',
    applies: ['GET /info'],
    check: { kind: 'added', to: res('authorizedOrganization') },
  },
  {
    id: 'paging-size',
    text: 'pagination {page, size} → {page: {from, limit}}: size → page.limit',
    action: 'send "page": {"from": page × size, "limit": size}',
    source: '§3.1',
    applies: SEARCHES,
    check: { kind: 'rename', from: req('size'), to: req('page.limit') },
  },
  {
    id: 'paging-from',
    text: 'pagination: the page index → page.from (an offset)',
    action: 'send the offset of the first item as page.from',
    source: '§3.1',
    applies: SEARCHES,
    check: { kind: 'rename', from: req('page'), to: req('page.from'), fromMayRemain: true },
  },
  {
    id: 'paging-total',
    text: 'search response total → page.totalItems (with page.hasMoreTotalItems)',
    action: 'read the total from page.totalItems',
    source: '§3.1',
    applies: SEARCHES,
    check: { kind: 'rename', from: res('total'), to: res('page.totalItems') },
  },
  {
    id: 'errors-problem-detail',
    text: 'error format: v1 ad-hoc errors → RFC 9457 ProblemDetail (application/problem+json)',
    action: 'read errors as {type, title, status, detail, instance}',
    source: '§3.4, §4.3',
    applies: ALL_MAPPED,
    check: { kind: 'problem-errors' },
  },
];

/** `METHOD /path` → `METHOD /path/{}`: the API prefix and the parameter names left out. */
export function operationKey(method: string, path: string, apiPrefix = ''): OperationKey {
  const withoutPrefix =
    apiPrefix !== '' && path.startsWith(apiPrefix)
      ? path.slice(apiPrefix.length)
      : path.replace(/^\/api\/(?:v1|v2|beta)(?=\/)/, '');
  return `${method.toUpperCase()} ${withoutPrefix.replace(/\{[^}]*\}/g, '{}')}`;
}
