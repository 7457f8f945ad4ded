/**
 * What each operation of the live document is, read from its method and path shape: which
 * kind of resource it concerns, what it does to it, which permission it needs and whether it
 * changes data. Operations the suite does not recognise are still tested (auth, responses),
 * as kind/role "other".
 *
 * The permission mapping is the domain notes' *assumed* one (create → create; get, search,
 * compare, search-deleted → read; update, upsert, restore → update; delete, remove,
 * delete-permanently, purge → delete; info → any valid token) and can be overridden per operation with WM_PERMISSION_MAP.
 */
import type { Permission } from '../core/domain.ts';
import type { LiveDocument, OperationModel } from '../document/types.ts';

export const RESOURCE_KINDS = [
  'workspace',
  'project',
  'folder',
  'file',
  'version',
  'collaborator',
  'member',
  'info',
  'other',
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
export const ROLES = [
  'create',
  'get',
  'update',
  'delete',
  'search',
  'restore',
  'compare',
  'upsert',
  'remove',
  'delete-permanently',
  'purge',
  'search-deleted',
  'info',
  'other',
] as const;
export type Role = (typeof ROLES)[number];

export interface PlannedOperation {
  readonly op: OperationModel;
  readonly kind: ResourceKind;
  readonly role: Role;
  /** The permission the operation needs; null when any valid token will do. */
  readonly permission: Permission | null;
  readonly mutating: boolean;
}

const KIND_BY_SEGMENT: Readonly<Record<string, ResourceKind>> = {
  workspaces: 'workspace',
  members: 'member',
  projects: 'project',
  folders: 'folder',
  files: 'file',
  milestones: 'version',
  versions: 'version',
  collaborators: 'collaborator',
  info: 'info',
};

const PARAM = /^\{[^}]+\}$/;

function segmentsAfterPrefix(op: OperationModel, prefix: string): string[] {
  const rest = op.path.startsWith(prefix) ? op.path.slice(prefix.length) : op.path;
  return rest.split('/').filter((s) => s !== '');
}

function shape(segments: readonly string[]): string {
  return segments.map((s) => (PARAM.test(s) ? '{}' : s.includes('{') ? '{}…{}' : s)).join('/');
}

function classifyRole(op: OperationModel, segments: readonly string[]): { kind: ResourceKind; role: Role } {
  const first = segments[0] ?? '';
  const kind = KIND_BY_SEGMENT[first] ?? 'other';
  const s = shape(segments);
  const m = op.method;
  if (kind === 'info' && segments.length === 1 && m === 'get') return { kind, role: 'info' };
  if (segments.length === 1 && m === 'post') return { kind, role: 'create' };
  if (segments.length === 1 && m === 'put') return { kind, role: 'upsert' };
  if (s === `${first}/search` && m === 'post') return { kind, role: 'search' };
  // Hub API v2: the trash (recently deleted items, restoration, permanent delete, purge).
  if (s === `${first}/recently-deleted/search` && m === 'post') return { kind, role: 'search-deleted' };
  if (s === `${first}/{}/restoration` && m === 'post') return { kind, role: 'restore' };
  if (s === `${first}/{}/permanent` && m === 'delete') return { kind, role: 'delete-permanently' };
  if (s === `${first}/{}/purge` && m === 'delete') return { kind, role: 'purge' };
  // Hub API v2: add or update a workspace member, POST /workspaces/{workspaceKey}/members.
  if (s === `${first}/{}/members` && m === 'post') return { kind: 'member', role: 'upsert' };
  if (s === `${first}/{}`) {
    if (m === 'get') return { kind, role: 'get' };
    if (m === 'patch' || m === 'put') return { kind, role: 'update' };
    if (m === 'delete') return { kind, role: 'delete' };
  }
  if (s === `${first}/{}/restore` && m === 'post') return { kind, role: 'restore' };
  if (s === `${first}/compare/{}…{}` && m === 'get') return { kind, role: 'compare' };
  // A sub-resource removal, e.g. DELETE /projects/{projectId}/collaborators/{email}.
  const sub = segments[segments.length - 2];
  if (m === 'delete' && segments.length === 4 && sub !== undefined && KIND_BY_SEGMENT[sub] !== undefined) {
    return { kind: KIND_BY_SEGMENT[sub] ?? 'other', role: 'remove' };
  }
  return { kind, role: 'other' };
}

const PERMISSION_BY_ROLE: Readonly<Record<Role, Permission | null>> = {
  create: 'create',
  get: 'read',
  search: 'read',
  compare: 'read',
  update: 'update',
  upsert: 'update',
  restore: 'update',
  delete: 'delete',
  remove: 'delete',
  'delete-permanently': 'delete',
  purge: 'delete',
  'search-deleted': 'read',
  info: null,
  other: null,
};

function permissionByMethod(op: OperationModel): Permission {
  switch (op.method) {
    case 'post':
      return 'create';
    case 'put':
    case 'patch':
      return 'update';
    case 'delete':
      return 'delete';
    default:
      return 'read';
  }
}

export function classifyOperation(
  op: OperationModel,
  doc: LiveDocument,
  overrides: Readonly<Record<string, Permission>> = {},
): PlannedOperation {
  const { kind, role } = classifyRole(op, segmentsAfterPrefix(op, doc.apiPrefix));
  // A search of another shape (Hub API v2: POST /catalog/assets/{assetKey}/file-usages/search) reads.
  const searchLike = role === 'other' && op.method === 'post' && op.path.endsWith('/search');
  const permission =
    overrides[op.key] ?? (searchLike ? 'read' : role === 'other' ? permissionByMethod(op) : PERMISSION_BY_ROLE[role]);
  const mutating =
    role === 'search' || role === 'search-deleted' || searchLike
      ? false
      : !['get', 'head', 'options'].includes(op.method);
  return { op, kind, role, permission, mutating };
}

export function classifyAll(
  doc: LiveDocument,
  overrides: Readonly<Record<string, Permission>> = {},
): PlannedOperation[] {
  return doc.operations.map((op) => classifyOperation(op, doc, overrides));
}

/** The operation with the given kind and role, if the document has one. */
export function findOperation(
  plan: readonly PlannedOperation[],
  kind: ResourceKind,
  role: Role,
): PlannedOperation | undefined {
  return plan.find((p) => p.kind === kind && p.role === role);
}
