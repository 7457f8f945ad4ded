/**
 * The cross-API scenarios of a both-APIs run (WM_API=v1,hub-v2, one store behind both APIs,
 * facts §4.1): a resource created or changed through one API is read through the other and the
 * two readings compared under the renamed fields of the migration guide (§4.3, handed in as
 * `CrossApiNames` from the migration mapping: src/migration/cross-api-names.ts). They run in the
 * Hub API v2's lane, with a World of each API: every resource lives in a run-tagged v1 project,
 * which is a v2 workspace, so the v2 World adopts it and deletes it permanently when the test
 * ends (trash included), after the v1 World's own clean-up.
 *
 * - a v1 project is a v2 workspace: created through v1, read through v2 (`id` ↔ `workspaceKey`,
 *   name); renamed through v1, read through v2 again; a workspace created through v2, read
 *   through v1;
 * - a v1 file is a v2 file: created through v1 in a v1 folder, read through v2 (`id` ↔ `fileKey`,
 *   name, type in any case, `folderId` ↔ `folderKey`: the parent); a file created through v2,
 *   read through v1;
 * - a v1 collaborator is a v2 member: added through v1 as `project_admin`, found by v2's member
 *   search of the workspace (`projectId` → `workspaceKey`) as `workspace_admin`.
 */
import { isJsonObject, type JsonObject, type JsonValue } from '../core/json.ts';
import type { PlannedOperation } from '../plan/classify.ts';
import {
  crossApiConsistency,
  type CrossApiField,
  type CrossApiReading,
} from '../checks/semantics/cross-api-consistency.ts';
import { idPath } from './positive.ts';
import type { World } from './world.ts';

/** A field's name in v1 and in the Hub API v2. */
export interface FieldNames {
  readonly v1: string;
  readonly v2: string;
}

export interface CrossApiNames {
  readonly workspaceKey: FieldNames;
  /** The object a GET answers is wrapped in (v1 `metadata`, v2 `workspace`). */
  readonly workspaceWrapper: FieldNames;
  readonly fileKey: FieldNames;
  /** The file's parent folder. */
  readonly fileFolder: FieldNames;
  /** v1's GET of a file wraps it in this (v2's is flat). */
  readonly fileWrapper: string;
  /** A collaborator's project is a member's workspace (`projectId` → `workspaceKey`). */
  readonly memberWorkspace: FieldNames;
  /** A collaborator role v2 spells otherwise (`project_admin` → `workspace_admin`). */
  readonly memberRole: { readonly field: string; readonly v1: string; readonly v2: string };
}

export type CrossApiCase = 'workspace' | 'file' | 'member';

/** The cases, each reported on the v2 operation that reads the other API's resource. */
export const CROSS_API_CASES: readonly {
  readonly case: CrossApiCase;
  readonly shape: string;
  readonly title: string;
}[] = [
  { case: 'workspace', shape: 'GET /workspaces/{}', title: 'cross-API: a v1 project is a v2 workspace' },
  { case: 'file', shape: 'GET /files/{}', title: 'cross-API: a v1 file is a v2 file' },
  { case: 'member', shape: 'POST /members/search', title: 'cross-API: a v1 collaborator is a v2 member' },
];

/** The object of a GET's answer: inside `wrapper` when it is there. */
function unwrapped(body: JsonValue | undefined, wrapper: string | null): JsonObject {
  if (!isJsonObject(body)) return {};
  const inner = wrapper === null ? undefined : body[wrapper];
  return isJsonObject(inner) ? inner : body;
}

function field(names: FieldNames, v1: JsonObject, v2: JsonObject, caseInsensitive = false): CrossApiField {
  return { v1: names.v1, v2: names.v2, v1Value: v1[names.v1], v2Value: v2[names.v2], caseInsensitive };
}

const NAME: FieldNames = { v1: 'name', v2: 'name' };
const TYPE: FieldNames = { v1: 'type', v2: 'type' };
const EMAIL: FieldNames = { v1: 'email', v2: 'email' };

function judge(v2: World, p: PlannedOperation, caseName: string, reading: CrossApiReading): void {
  v2.api.recorder.judge(crossApiConsistency, p.op.key, reading, { case: caseName });
}

/** GET of `id` through the operation, the object of its answer. */
async function read(
  world: World,
  op: PlannedOperation,
  id: string,
  wrapper: string | null,
  what: string,
): Promise<JsonObject> {
  return unwrapped((await world.must(op, { path: idPath(op, id) }, what)).body, wrapper);
}

async function projectIsWorkspace(v2: World, v1: World, names: CrossApiNames, p: PlannedOperation): Promise<void> {
  const project = await v1.createProject('xapi-project');
  v2.adopt('workspace', project.id, project.name);
  const wrapper = names.workspaceWrapper;
  let seen = await read(v2, p, project.id, wrapper.v2, 'reading the v1 project through v2');
  judge(v2, p, 'created through v1', {
    what: 'a project created through v1, read as a v2 workspace',
    fields: [field(names.workspaceKey, project.created, seen), field(NAME, project.created, seen)],
  });

  const update = v1.need('project', 'update');
  const renamed = v1.name('xapi-renamed');
  await v1.must(
    update,
    { path: idPath(update, project.id), body: v1.body(update, { name: renamed }) },
    'renaming the project through v1',
  );
  seen = await read(v2, p, project.id, wrapper.v2, 'reading the renamed v1 project through v2');
  judge(v2, p, 'renamed through v1', {
    what: 'a project renamed through v1, read as a v2 workspace',
    fields: [field(NAME, { name: renamed }, seen)],
  });

  const workspace = await v2.createWorkspace('xapi-workspace');
  const get = v1.need('project', 'get');
  const asProject = await read(v1, get, workspace.id, wrapper.v1, 'reading the v2 workspace through v1');
  const asWorkspace = await read(v2, p, workspace.id, wrapper.v2, 'reading the v2 workspace through v2');
  judge(v2, p, 'created through v2', {
    what: 'a workspace created through v2, read as a v1 project',
    fields: [field(names.workspaceKey, asProject, asWorkspace), field(NAME, asProject, asWorkspace)],
  });
}

async function fileIsFile(v2: World, v1: World, names: CrossApiNames, p: PlannedOperation): Promise<void> {
  const project = await v1.project();
  v2.adopt('workspace', project.id, project.name);
  const folder = await v1.createFolder('xapi-folder');
  const file = await v1.createFile('xapi-file', { folderId: folder.id });
  const get = v1.need('file', 'get');
  const asV1 = await read(v1, get, file.id, names.fileWrapper, 'reading the v1 file through v1');
  const asV2 = await read(v2, p, file.id, null, 'reading the v1 file through v2');
  judge(v2, p, 'created through v1', {
    what: 'a file created through v1 in a folder, read through v2',
    fields: [
      field(names.fileKey, asV1, asV2),
      field(NAME, asV1, asV2),
      field(TYPE, asV1, asV2, true),
      field(names.fileFolder, asV1, asV2),
    ],
  });

  const made = await v2.createFile('xapi-file-v2');
  const back = await read(v1, get, made.id, names.fileWrapper, 'reading the v2 file through v1');
  const own = await read(v2, p, made.id, null, 'reading the v2 file through v2');
  judge(v2, p, 'created through v2', {
    what: 'a file created through v2, read through v1',
    fields: [
      field(names.fileKey, back, own),
      field(NAME, back, own),
      field(TYPE, back, own, true),
      field(names.fileFolder, back, own),
    ],
  });
}

async function collaboratorIsMember(v2: World, v1: World, names: CrossApiNames, p: PlannedOperation): Promise<void> {
  const email = v1.collaboratorEmail();
  if (email === undefined)
    return v2.deps.skip('no person to add: set WM_COLLABORATOR_EMAIL (a person of the organization)');
  const project = await v1.project();
  v2.adopt('workspace', project.id, project.name);
  const role = names.memberRole;
  await v1.addCollaborator(email, role.v1);
  const search = await v2.must(
    p,
    { body: v2.hubSearchBody(p, { [names.memberWorkspace.v2]: project.id }, 50) },
    'searching the members of the v1 project through v2',
  );
  const items = isJsonObject(search.body) && Array.isArray(search.body.items) ? search.body.items : [];
  const member = items.find((item) => isJsonObject(item) && item.email === email);
  const seen = isJsonObject(member) ? member : {};
  judge(v2, p, 'added through v1', {
    what: `a collaborator added through v1 as ${role.v1}, read as a v2 member`,
    fields: [
      field(EMAIL, { email }, seen),
      { v1: `${role.field} (${role.v1} → ${role.v2})`, v2: role.field, v1Value: role.v2, v2Value: seen[role.field] },
    ],
  });
}

/** Runs one case: `v2` is the test's World (the Hub API v2's lane), `v1` the v1 lane's. */
export async function runCrossApi(
  v2: World,
  v1: World,
  names: CrossApiNames,
  which: CrossApiCase,
  p: PlannedOperation,
): Promise<void> {
  if (which === 'workspace') await projectIsWorkspace(v2, v1, names, p);
  else if (which === 'file') await fileIsFile(v2, v1, names, p);
  else await collaboratorIsMember(v2, v1, names, p);
}
