/**
 * The permission scenario of one operation that needs a permission: a valid request (made with
 * the full client) sent as the foreign client (no Web Modeler audience: refused with
 * WM_FOREIGN_TOKEN_STATUS) and as the limited client (refused with 403 when it lacks the
 * permission, served when it has it). A refused request must change nothing (seen by the full
 * client) and must answer a known id as it answers an unknown one. Every result's `case` is the
 * client role, so the reporter can rebuild the operation × client matrix.
 *
 * What the limited client may do, first that is known: WM_EXPECT_PERMISSIONS_LIMITED, its
 * token's claims, its GET /info flags (whether those flags tell the truth is the info tests'
 * question, so they are the last resort).
 */
import { randomUUID } from 'node:crypto';
import type { AuthMode, CallOptions } from '../api/client.ts';
import { permissionsInToken } from '../checks/info/claims.ts';
import { grantedFlags } from '../checks/info/flags.ts';
import { isInfoBody } from '../checks/info/shape.ts';
import { noExistenceLeak } from '../checks/permission/no-existence-leak.ts';
import { permissionDenied } from '../checks/permission/permission-denied.ts';
import { permissionGranted } from '../checks/permission/permission-granted.ts';
import { permissionNoSideEffect } from '../checks/permission/permission-no-side-effect.ts';
import type { PlannedOperation } from '../plan/classify.ts';
import { uuidParams, type ValidRequest } from './negative.ts';
import { isRefused, requestOf, settle, validRequest, type AccessDeps } from './auth.ts';
import { isSuccess } from '../api/operations.ts';
import { World } from './world.ts';
import type { Permission } from '../core/domain.ts';

interface Grant {
  readonly permissions: readonly Permission[];
  /** Where they come from, for the messages. */
  readonly source: string;
}

/** The permissions of the limited client, or why they are unknown. */
async function limitedGrant(world: World, deps: AccessDeps): Promise<Grant | string> {
  const configured = deps.context.expectedPermissions.limited;
  if (configured !== undefined) return { permissions: configured, source: 'WM_EXPECT_PERMISSIONS_LIMITED' };
  const token = await deps.tokens.get('limited');
  if (token === null) return 'no limited client is configured (WM_LIMITED_CLIENT_ID/SECRET)';
  const claimed = permissionsInToken(token, deps.context.target.audience);
  if ('permissions' in claimed) return { permissions: claimed.permissions, source: "its token's claims" };
  const info = world.op('info', 'info');
  if (info === undefined) return `${claimed.reason}, and the document has no GET /info to ask`;
  const res = await world.call(info, {
    auth: { kind: 'client', role: 'limited' },
    expect: 'success',
    case: 'limited client permissions',
  });
  if (!isInfoBody(res.body))
    return `${claimed.reason}, and GET /info answered ${res.status} without the permission flags`;
  return { permissions: grantedFlags(res.body), source: 'its GET /info flags' };
}

/** A client the operation must refuse, and why. */
interface Refusal {
  readonly client: 'limited' | 'foreign';
  readonly expected: number;
  readonly why: string;
}

function sendOptions(target: ValidRequest, auth: AuthMode, caseName: string, path = target.path): CallOptions {
  return { ...requestOf(target, path), auth, expect: 'rejection', case: caseName };
}

/** The request's path with every UUID parameter replaced by one that names nothing. */
function unknownIds(world: World, p: PlannedOperation, target: ValidRequest): Record<string, string> | undefined {
  const uuids = uuidParams(world, p);
  if (uuids.length === 0) return undefined;
  return { ...target.path, ...Object.fromEntries(uuids.map((name) => [name, randomUUID()])) };
}

/** The same request with unknown ids must get the status the known ones got (judged when the client was refused either way). */
async function judgeExistence(
  world: World,
  p: PlannedOperation,
  target: ValidRequest,
  r: Refusal,
  knownStatus: number,
): Promise<void> {
  const unknownPath = unknownIds(world, p, target);
  if (unknownPath === undefined) return;
  const other = await world.call(
    p,
    sendOptions(target, { kind: 'client', role: r.client }, `${r.client} client, unknown id`, unknownPath),
  );
  if (![knownStatus, other.status].some((s) => s === 401 || s === 403)) return;
  world.api.recorder.judge(
    noExistenceLeak,
    p.op.key,
    { known: knownStatus, unknown: other.status, what: `${p.op.key} as the ${r.client} client` },
    { case: r.client, keepCase: true, exchange: other.record },
  );
}

/** Sends the request as a client that must be refused; judges the refusal, existence and side effects. */
async function refuse(world: World, p: PlannedOperation, target: ValidRequest, r: Refusal): Promise<void> {
  const recorder = world.api.recorder;
  const what = `${p.op.key} as the ${r.client} client`;
  const before = await target.snapshot?.();
  const res = await world.call(p, sendOptions(target, { kind: 'client', role: r.client }, r.client));
  settle(world, p, res, `${r.client} client`);
  recorder.judge(
    permissionDenied,
    p.op.key,
    { status: res.status, expected: r.expected, what, why: r.why },
    { case: r.client, keepCase: true, exchange: res.record },
  );
  await judgeExistence(world, p, target, r, res.status);
  if (before === undefined || target.snapshot === undefined || !isRefused(res.status)) return;
  recorder.judge(
    permissionNoSideEffect,
    p.op.key,
    { before, after: await target.snapshot(), what },
    { case: r.client, keepCase: true },
  );
}

async function grant(world: World, p: PlannedOperation, target: ValidRequest, why: string): Promise<void> {
  const res = await world.call(p, {
    ...requestOf(target),
    auth: { kind: 'client', role: 'limited' },
    expect: 'any',
    case: 'limited',
  });
  settle(world, p, res, 'limited client');
  if (isSuccess(res.status) && (p.role === 'delete' || p.role === 'remove'))
    world.deps.ledger.deleted(p.role === 'remove' ? 'collaborator' : p.kind, Object.values(target.path).join('/'));
  world.api.recorder.judge(
    permissionGranted,
    p.op.key,
    { status: res.status, what: `${p.op.key} as the limited client`, why },
    { case: 'limited', keepCase: true, exchange: res.record },
  );
}

function skipClient(world: World, p: PlannedOperation, client: string, reason: string): void {
  world.api.recorder.skip(permissionDenied, p.op.key, reason, { case: client });
}

async function limited(
  world: World,
  p: PlannedOperation,
  target: ValidRequest,
  deps: AccessDeps,
  needed: Permission,
): Promise<void> {
  const known = await limitedGrant(world, deps);
  if (typeof known === 'string') {
    skipClient(world, p, 'limited', known);
    return;
  }
  const has = known.permissions.includes(needed);
  const why = `${p.op.key} needs ${needed}; the limited client ${has ? 'has' : 'lacks'} it per ${known.source}`;
  if (has) return grant(world, p, target, why);
  return refuse(world, p, target, { client: 'limited', expected: 403, why });
}

/** Runs the permission cases of one operation for the foreign and the limited client. */
export async function runPermissions(world: World, p: PlannedOperation, deps: AccessDeps): Promise<void> {
  world.skipOutsideCore(p);
  const needed = p.permission;
  if (needed === null) return world.deps.skip(`${p.op.key} needs no permission beyond a valid token`);
  if (world.deps.readOnly && p.mutating)
    return world.deps.skip(`WM_READ_ONLY=true: ${p.op.key} changes data, so no permission request is sent to it`);
  if (!deps.tokens.has('limited') && !deps.tokens.has('foreign')) {
    return world.deps.skip(
      'no limited or foreign client is configured (WM_LIMITED_CLIENT_ID/SECRET, WM_FOREIGN_CLIENT_ID/SECRET)',
    );
  }
  const target = await validRequest(world, p);
  if (deps.tokens.has('foreign')) {
    const status = deps.context.foreignTokenStatus;
    await refuse(world, p, target, {
      client: 'foreign',
      expected: status,
      why: `the foreign client's token lacks the Web Modeler API audience; WM_FOREIGN_TOKEN_STATUS=${status}`,
    });
  } else {
    skipClient(world, p, 'foreign', 'no foreign client is configured (WM_FOREIGN_CLIENT_ID/SECRET)');
  }
  if (deps.tokens.has('limited')) await limited(world, p, target, deps, needed);
  else skipClient(world, p, 'limited', 'no limited client is configured (WM_LIMITED_CLIENT_ID/SECRET)');
}
