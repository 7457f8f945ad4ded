/**
 * The info scenario of one client: `GET …/info` as that client — its six fields, its organization
 * (a UUID, the full client's), its version (the path's generation), its four flags against the
 * permissions the token was granted (claims and/or WM_EXPECT_PERMISSIONS_<CLIENT>) and against
 * what the operations allow: the test probes one operation per permission as that client
 * (search, create, update and delete of projects the full client made for it). The answer, of
 * whatever status, must not echo the client's token (auth-no-data-leak).
 */
import type { ApiResponse } from '../api/client.ts';
import { authNoDataLeak } from '../checks/auth/no-data-leak.ts';
import { permissionsInToken } from '../checks/info/claims.ts';
import { infoFlagsBehaviour } from '../checks/info/flags-behaviour.ts';
import { infoFlagsToken } from '../checks/info/flags-token.ts';
import { INFO_CHECKS } from '../checks/info/index.ts';
import { infoOrganization } from '../checks/info/organization.ts';
import { infoShape, isInfoBody, isInfoCore, type InfoBody, type InfoCore } from '../checks/info/shape.ts';
import { expectedVersion, infoVersion } from '../checks/info/version.ts';
import type { CheckDefinition, CheckId } from '../checks/types.ts';
import type { PlannedOperation } from '../plan/classify.ts';
import { objectSchema } from '../plan/chains.ts';
import { resolvePointer } from '../document/resolve.ts';
import { FLAG_OF } from '../checks/info/shape.ts';
import { credentialsSent, type AccessDeps } from './auth.ts';
import { updateBody, idPath } from './positive.ts';
import { isSuccess } from '../api/operations.ts';
import { World } from './world.ts';
import type { ClientRole, Permission } from '../core/domain.ts';
import type { JsonValue } from '../core/json.ts';

/** What the info test attaches (`wmct-info`): the answer as the client saw it. */
export interface InfoSeen {
  readonly client: ClientRole;
  readonly status: number;
  readonly body: JsonValue | null;
}

function expectVar(role: ClientRole): string {
  return `WM_EXPECT_PERMISSIONS_${role.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
}

function judge<Input>(
  world: World,
  op: PlannedOperation,
  check: CheckDefinition<Input>,
  role: ClientRole,
  input: Input,
  res?: ApiResponse,
): void {
  world.api.recorder.judge(check, op.op.key, input, {
    case: `${role} client`,
    ...(res === undefined ? {} : { exchange: res.record }),
  });
}

function skip(world: World, op: PlannedOperation, check: CheckId, role: ClientRole, reason: string): void {
  world.api.recorder.skip(check, op.op.key, reason, { case: `${role} client` });
}

async function judgeOrganizationOf(
  world: World,
  op: PlannedOperation,
  role: ClientRole,
  info: InfoCore,
  deps: AccessDeps,
): Promise<void> {
  let full: string | undefined;
  if (role !== 'full' && deps.tokens.has('full')) {
    const res = await world.call(op, { expect: 'success', case: 'full client (organization)' });
    full = isInfoCore(res.body) ? res.body.authorizedOrganization : undefined;
  }
  judge(world, op, infoOrganization, role, {
    organization: info.authorizedOrganization,
    fullClients: full,
    client: role,
  });
}

function judgeVersionOf(world: World, op: PlannedOperation, role: ClientRole, info: InfoCore): void {
  const prefix = world.api.doc.apiPrefix;
  const expected = expectedVersion(prefix);
  if (expected === null)
    skip(world, op, infoVersion, role, `the API prefix ${prefix} names no known generation (beta or v1)`);
  else judge(world, op, infoVersion, role, { version: info.version, expected, apiPrefix: prefix });
}

async function judgeFlagsOfToken(
  world: World,
  op: PlannedOperation,
  role: ClientRole,
  info: InfoBody,
  deps: AccessDeps,
): Promise<void> {
  const configured = deps.context.expectedPermissions[role];
  if (configured !== undefined)
    judge(world, op, infoFlagsToken, role, { info, expected: configured, source: expectVar(role), client: role });
  const token = await deps.tokens.get(role);
  const claimed = token === null ? { reason: 'no token' } : permissionsInToken(token, deps.context.target.audience);
  if ('permissions' in claimed)
    judge(world, op, infoFlagsToken, role, {
      info,
      expected: claimed.permissions,
      source: "the token's claims",
      client: role,
    });
  else if (configured === undefined)
    skip(world, op, infoFlagsToken, role, `${claimed.reason}, and ${expectVar(role)} is not set`);
}

interface Probe {
  readonly permission: Permission;
  /** e.g. "creating a project" */
  readonly what: string;
  readonly op: PlannedOperation | undefined;
  readonly send: (op: PlannedOperation) => Promise<ApiResponse>;
}

function probes(world: World, role: ClientRole): Probe[] {
  const as = { auth: { kind: 'client', role }, expect: 'any', case: `${role} client (flag probe)` } as const;
  return [
    {
      permission: 'read',
      what: 'searching projects',
      op: world.op('project', 'search'),
      send: (op) => world.call(op, { ...as, body: world.body(op, { page: 0, size: 1 }) }),
    },
    {
      permission: 'create',
      what: 'creating a project',
      op: world.op('project', 'create'),
      send: async (op) => {
        const name = world.name('probe');
        const res = await world.call(op, { ...as, body: world.body(op, { name }) });
        const id = world.keyOf('project', res.body);
        if (isSuccess(res.status) && id !== undefined) world.adopt('project', id, name);
        return res;
      },
    },
    {
      permission: 'update',
      what: 'renaming a project',
      op: world.op('project', 'update'),
      send: async (op) => {
        const project = await world.project();
        return world.call(op, { ...as, path: idPath(op, project.id), body: await updateBody(world, op, project) });
      },
    },
    {
      permission: 'delete',
      what: 'deleting a project',
      op: world.op('project', 'delete'),
      send: async (op) => {
        const doomed = await world.createProject('deletable');
        const res = await world.call(op, { ...as, path: idPath(op, doomed.id) });
        if (isSuccess(res.status)) world.deps.ledger.deleted('project', doomed.id);
        return res;
      },
    },
  ];
}

/** The probe's answer, or why it cannot be sent. */
async function sendProbe(world: World, probe: Probe): Promise<ApiResponse | string> {
  if (probe.op === undefined) return `the document has no operation for ${probe.what}`;
  if (world.deps.readOnly && probe.op.mutating) return `WM_READ_ONLY=true: ${probe.what} would change data`;
  return probe.send(probe.op);
}

async function judgeFlagBehaviourOf(
  world: World,
  op: PlannedOperation,
  role: ClientRole,
  info: InfoBody,
): Promise<void> {
  for (const probe of probes(world, role)) {
    const res = await sendProbe(world, probe);
    if (typeof res === 'string') {
      skip(world, op, infoFlagsBehaviour, role, `${probe.permission}: ${res}`);
    } else if (isSuccess(res.status) || res.status === 401 || res.status === 403) {
      judge(
        world,
        op,
        infoFlagsBehaviour,
        role,
        {
          info,
          permission: probe.permission,
          allowed: isSuccess(res.status),
          probe: `${probe.what} (${res.status})`,
          client: role,
        },
        res,
      );
    } else {
      skip(
        world,
        op,
        infoFlagsBehaviour,
        role,
        `${probe.permission}: ${probe.what} answered ${res.status}, which tells neither allowed nor refused`,
      );
    }
  }
}

/**
 * Whether the document's GET /info answer has the permission flags (Web Modeler beta and v1); the
 * Hub API v2's has none (a missing permission is a 403 problem naming it instead).
 */
function documentsFlags(world: World, op: PlannedOperation): boolean {
  const pointer = op.op.responses
    .find((r) => r.status === '200')
    ?.contents.find((c) => /json/i.test(c.mediaType))?.schemaPointer;
  if (pointer == null) return true;
  const properties = objectSchema(world.root, resolvePointer(world.root, pointer)).properties;
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) return true;
  return Object.values(FLAG_OF).some((flag) => flag in properties);
}

/** GET /info of a generation without flags: shape, organization and version; the flag checks skip saying why. */
async function judgeWithoutFlags(
  world: World,
  op: PlannedOperation,
  role: ClientRole,
  info: JsonValue | undefined,
  deps: AccessDeps,
): Promise<void> {
  if (!isInfoCore(info)) {
    for (const check of INFO_CHECKS.slice(1))
      skip(world, op, check, role, 'GET /info gave no well-formed answer (see info-shape)');
    return;
  }
  await judgeOrganizationOf(world, op, role, info, deps);
  judgeVersionOf(world, op, role, info);
  const reason = `the document's GET ${world.api.doc.apiPrefix}/info answer has no permission flags (the Hub API v2 names a missing permission in a 403 problem instead)`;
  skip(world, op, infoFlagsToken, role, reason);
  skip(world, op, infoFlagsBehaviour, role, reason);
}

/** Reads /info as the client, hands the answer to `attach`, and runs the info checks on it. */
export async function runInfo(
  world: World,
  role: ClientRole,
  deps: AccessDeps,
  attach: (seen: InfoSeen) => void,
): Promise<void> {
  const op = world.need('info', 'info');
  const auth = { kind: 'client', role } as const;
  const res = await world.call(op, { auth, expect: role === 'foreign' ? 'any' : 'success', case: `${role} client` });
  attach({ client: role, status: res.status, body: res.body ?? null });
  judge(
    world,
    op,
    authNoDataLeak,
    role,
    {
      answer: res,
      data: [],
      request: [],
      credentials: await credentialsSent(auth, deps.tokens),
      what: `GET /info as the ${role} client`,
    },
    res,
  );
  if (role === 'foreign' && (res.status === 401 || res.status === 403)) {
    const reason = `the foreign client's token is not for the Web Modeler API: GET /info answered ${res.status} (WM_FOREIGN_TOKEN_STATUS=${deps.context.foreignTokenStatus}; judged by auth-wrong-audience)`;
    for (const check of INFO_CHECKS) skip(world, op, check, role, reason);
    return;
  }
  const flags = documentsFlags(world, op);
  judge(world, op, infoShape, role, { status: res.status, body: res.body, client: role, flags }, res);
  if (!flags) return judgeWithoutFlags(world, op, role, res.body, deps);
  const info = res.body;
  if (!isInfoBody(info)) {
    for (const check of INFO_CHECKS.slice(1))
      skip(world, op, check, role, 'GET /info gave no well-formed answer (see info-shape)');
    return;
  }
  await judgeOrganizationOf(world, op, role, info, deps);
  judgeVersionOf(world, op, role, info);
  await judgeFlagsOfToken(world, op, role, info, deps);
  await judgeFlagBehaviourOf(world, op, role, info);
}
