/**
 * The names the cross-API check (src/scenario/cross-api.ts) compares under, read from the
 * migration mapping (facts §4.3, `FIELD_CHANGES`), not copied: a v1 project's `id` is a v2
 * workspace's `workspaceKey` and v1's `metadata` wrapper v2's `workspace`; a v1 file's `id` is
 * v2's `fileKey`, its `folderId` v2's `folderKey`, and v2's file is flat where v1 wraps it in
 * `metadata`; a collaborator's `projectId` is a member's `workspaceKey`, and its role
 * `project_admin` a member's `workspace_admin`.
 */
import type { CrossApiNames, FieldNames } from '../scenario/cross-api.ts';
import { FIELD_CHANGES } from './mapping.ts';

function change(id: string): (typeof FIELD_CHANGES)[number]['check'] {
  const found = FIELD_CHANGES.find((c) => c.id === id);
  if (found === undefined) throw new Error(`the migration mapping has no change ${id}`);
  return found.check;
}

/** The first v1 and v2 names of a rename of the mapping. */
function renamed(id: string): FieldNames {
  const check = change(id);
  const v1 = check.kind === 'rename' ? check.from.fields[0] : undefined;
  const v2 = check.kind === 'rename' ? check.to.fields[0] : undefined;
  if (v1 === undefined || v2 === undefined) throw new Error(`the migration mapping's ${id} is no rename`);
  return { v1, v2 };
}

/** The wrapper v1's GET puts an object in where v2's is flat. */
function flattened(id: string): string {
  const check = change(id);
  if (check.kind !== 'flatten') throw new Error(`the migration mapping's ${id} is no flattening`);
  return check.wrapper;
}

/** The field and the value v1 spells `v1` that v2 spells `v2` (an enum change of the mapping). */
function enumValue(id: string): CrossApiNames['memberRole'] {
  const check = change(id);
  const field = check.kind === 'enum' ? check.to.fields[0] : undefined;
  if (check.kind !== 'enum' || field === undefined || check.toValue === null)
    throw new Error(`the migration mapping's ${id} is no enum rename`);
  return { field, v1: check.fromValue, v2: check.toValue };
}

export function crossApiNames(): CrossApiNames {
  return {
    workspaceKey: renamed('workspace-id'),
    workspaceWrapper: renamed('workspace-get-shape'),
    fileKey: renamed('file-id'),
    fileFolder: renamed('file-folder-id'),
    fileWrapper: flattened('file-content-flat'),
    memberWorkspace: renamed('member-project-id'),
    memberRole: enumValue('member-role'),
  };
}
