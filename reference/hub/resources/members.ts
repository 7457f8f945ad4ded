/**
 * Members of workspaces (facts §2.1 "Members"): add a member or change its role (one POST),
 * remove one, search them with the required `filter.workspaceKey` (plain value or `$eq` only:
 * no search across workspaces). An email of someone who has not logged in yet becomes an
 * invitation: the member's `name` is null. *Assumed*: the users of the simulated organization are
 * the target's users (everyone else is an invitee); emails compare without letter case; the
 * search of a workspace that does not exist (or is deleted) is empty, not 404 (none documented);
 * adding or updating a member needs the `update` permission (v1's collaborator upsert did).
 */
import { readText } from '../../simulator/json.ts';
import { ProblemError } from '../../simulator/problem.ts';
import type { SearchItem } from '../search.ts';
import { isLive, type MemberRecord, type WorkspaceRecord } from '../store.ts';
import type { HubContext, HubRouteDef } from '../types.ts';
import { memberResult } from '../views.ts';
import { nullable, objectOf, oneOfValues, refProp, text, type Components } from '../schema.ts';
import { keyParameter, searchSchemas, searchSpec, type HubResource, type SearchDef } from './shared.ts';
import { liveRecord, noContent, ok, pathKey, searchAnswer } from './support.ts';

export const MEMBER_ROLES = ['workspace_admin', 'editor', 'commenter', 'viewer'] as const;

const SEARCH: SearchDef = {
  base: 'Member',
  what: 'members',
  item: 'MemberResult',
  sortFields: ['email', 'name', 'role'],
  filters: {
    workspaceKey: {
      kind: 'basic',
      description: 'The workspace (required; a plain value or $eq only).',
      semanticType: 'WorkspaceKey',
    },
    email: { kind: 'string', description: 'Email address of the member.' },
    name: { kind: 'string', description: 'Display name of the member.' },
    role: { kind: 'basic', description: 'Role of the member.' },
  },
  requiredFilter: 'workspaceKey',
  eqOnly: ['workspaceKey'],
};

function schemas(): Components {
  return {
    MemberEmail: {
      description: 'Email address that identifies a member.',
      type: 'string',
      format: 'email',
      'x-semantic-type': 'MemberEmail',
      'x-semantic-client-minted': true,
    },
    MemberRole: oneOfValues('Role of a member in a workspace.', MEMBER_ROLES),
    MemberCreateRequest: objectOf(
      {
        email: refProp('MemberEmail', 'Who to add, or whose role to change.'),
        role: refProp('MemberRole', 'The role to give.'),
      },
      { strict: true, required: ['email', 'role'] },
    ),
    MemberResult: objectOf(
      {
        workspaceKey: refProp('WorkspaceKey', 'The workspace.'),
        email: refProp('MemberEmail', 'Email address of the member.'),
        name: nullable(text('Display name; null for someone invited who has not logged in yet.')),
        role: refProp('MemberRole', 'Role of the member.'),
      },
      { required: ['workspaceKey', 'email', 'name', 'role'] },
    ),
    ...searchSchemas(SEARCH),
  };
}

function workspace(ctx: HubContext): WorkspaceRecord {
  return liveRecord(ctx, ctx.env.store.workspaces, pathKey(ctx, 'workspaceKey'), 'workspace', 'use');
}

function addMember(ctx: HubContext): MemberRecord {
  const target = workspace(ctx);
  const email = readText(ctx.body, 'email') ?? '';
  const known = ctx.env.users.find((u) => u.email.toLowerCase() === email.toLowerCase());
  if (known === undefined && !ctx.env.hub.inviteUnknownUsers)
    throw new ProblemError(404, `No user with email ${email} in the organization.`);
  return ctx.env.store.setMember(target.key, known?.email ?? email, readText(ctx.body, 'role') ?? '');
}

function searchItems(ctx: HubContext): SearchItem[] {
  const { store } = ctx.env;
  return [...store.workspaces.values()].filter(isLive).flatMap((w) =>
    store.membersOf(w.key).map((m) => {
      const dto = memberResult(ctx.env, m);
      return {
        dto,
        values: {
          workspaceKey: m.workspaceKey,
          email: m.email,
          name: typeof dto.name === 'string' ? dto.name : null,
          role: m.role,
        },
      };
    }),
  );
}

function routes(): HubRouteDef[] {
  return [
    {
      operationId: 'addMember',
      method: 'post',
      path: '/workspaces/{workspaceKey}/members',
      tag: 'Member',
      summary: 'Add a member or change its role',
      description:
        'Adds someone to the workspace by email address, or changes the role of a member. Someone who has not logged in yet gets an invitation instead and becomes a member at the first login.',
      addedIn: '0.1.0',
      parameters: ['WorkspaceKeyPathParam'],
      requestBody: { schema: 'MemberCreateRequest', required: true },
      success: { status: 200, description: 'The member.', schema: 'MemberResult' },
      errors: [{ status: 400 }, { status: 401 }, { status: 403 }, { status: 404 }, { status: 500 }],
      permission: 'update',
      establishes: {
        kind: 'WorkspaceMemberMembership',
        shape: 'edge',
        identifiedBy: [
          { in: 'path', name: 'workspaceKey', semanticType: 'WorkspaceKey' },
          { in: 'body', name: 'email', acceptsExternal: true, semanticType: 'MemberEmail' },
        ],
      },
      handler: (ctx) => ok(memberResult(ctx.env, addMember(ctx))),
    },
    {
      operationId: 'removeMember',
      method: 'delete',
      path: '/workspaces/{workspaceKey}/members/{email}',
      tag: 'Member',
      summary: 'Remove a member',
      description: 'Takes a member out of the workspace.',
      addedIn: '0.1.0',
      parameters: ['WorkspaceKeyPathParam', 'MemberEmailPathParam'],
      textParams: ['email'],
      success: { status: 204, description: 'The member is removed.' },
      errors: [{ status: 401 }, { status: 403 }, { status: 404 }, { status: 500 }],
      permission: 'delete',
      requires: {
        kind: 'WorkspaceMemberMembership',
        bind: { workspaceKey: { from: 'path', name: 'workspaceKey' }, email: { from: 'path', name: 'email' } },
      },
      handler: (ctx) => {
        const target = workspace(ctx);
        const email = pathKey(ctx, 'email');
        if (!ctx.env.store.removeMember(target.key, email))
          throw new ProblemError(404, `${email} is not a member of workspace ${target.key}.`);
        return noContent();
      },
    },
    {
      operationId: 'searchMembers',
      method: 'post',
      path: '/members/search',
      tag: 'Member',
      summary: 'Search members',
      description: 'Answers the members of one workspace (filter.workspaceKey is required) that match the filter.',
      addedIn: '0.1.0',
      requestBody: { schema: 'MemberSearchQuery', required: true },
      success: { status: 200, description: 'The matching members.', schema: 'MemberSearchQueryResult' },
      errors: [{ status: 400 }, { status: 401 }, { status: 403 }, { status: 500 }],
      permission: 'read',
      requires: { kind: 'Workspace', bind: { workspaceKey: { from: 'body', name: 'filter.workspaceKey' } } },
      search: searchSpec(SEARCH),
      handler: (ctx) => searchAnswer(ctx, searchItems(ctx), searchSpec(SEARCH)),
    },
  ];
}

export const MEMBERS: HubResource = {
  tag: { name: 'Member', description: 'Members of workspaces.' },
  schemas,
  parameters: () => ({
    WorkspaceKeyPathParam: keyParameter('workspaceKey', 'WorkspaceKey'),
    MemberEmailPathParam: {
      name: 'email',
      in: 'path',
      required: true,
      description: 'Email address of the member.',
      schema: { $ref: '#/components/schemas/MemberEmail' },
    },
  }),
  routes,
};
