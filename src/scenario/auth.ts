/**
 * The auth scenario of one operation: a valid request (real ids and body, made with the full
 * client) sent with every kind of bad credential — none, an empty, garbage or truncated bearer
 * token, an expired one, one signed by an unpublished key, an unsigned one, the foreign client's
 * (no Web Modeler audience) and Basic credentials. Each must be refused with 401 (the foreign
 * client: WM_FOREIGN_TOKEN_STATUS) and a Bearer challenge; a refused read carries none of the data
 * the full client reads, and no refusal echoes the credential it was sent; and the refusals change
 * nothing (no-side-effect).
 */
import { randomUUID } from 'node:crypto';
import type { ApiResponse, AuthMode, CallOptions } from '../api/client.ts';
import { badTokens } from '../auth/bad-tokens.ts';
import { registerSecret } from '../core/redact.ts';
import type { TokenProvider } from '../auth/tokens.ts';
import { authNoDataLeak, credentialsOf, sensitiveValues } from '../checks/auth/no-data-leak.ts';
import { authAlgNone } from '../checks/auth/auth-alg-none.ts';
import { authBasicScheme } from '../checks/auth/auth-basic-scheme.ts';
import { authExpiredToken } from '../checks/auth/auth-expired-token.ts';
import { authMalformedToken } from '../checks/auth/auth-malformed-token.ts';
import { authMissingToken } from '../checks/auth/auth-missing-token.ts';
import { authWrongAudience } from '../checks/auth/auth-wrong-audience.ts';
import { authWrongSignature } from '../checks/auth/auth-wrong-signature.ts';
import type { AuthStatusSeen } from '../checks/auth/rejection.ts';
import { wwwAuthenticate } from '../checks/auth/www-authenticate.ts';
import { noSideEffect } from '../checks/negative/no-side-effect.ts';
import type { CheckDefinition } from '../checks/types.ts';
import type { PlannedOperation } from '../plan/classify.ts';
import { runSecrets, type RunContext } from '../run/context.ts';
import { validRequestOf, type ValidRequest } from './negative.ts';
import { World } from './world.ts';
import type { JsonObject } from '../core/json.ts';
import { isSuccess, pathParams } from '../api/operations.ts';

export interface AccessDeps {
  readonly tokens: TokenProvider;
  readonly context: RunContext;
}

interface AuthCase {
  readonly name: string;
  readonly check: CheckDefinition<AuthStatusSeen>;
  readonly auth: AuthMode;
  /** A bearer token was sent: the challenge must say error="invalid_token". */
  readonly tokenSent: boolean;
  readonly expected: number;
  readonly why?: string;
}

type CaseOrSkip =
  AuthCase | { readonly name: string; readonly check: CheckDefinition<AuthStatusSeen>; readonly skip: string };

const bearer = (token: string, label: string): AuthMode => ({ kind: 'header', value: `Bearer ${token}`, label });

function basicCredentials(deps: AccessDeps): string {
  const id = deps.context.clientIds.full;
  const secret = runSecrets().clientSecrets.full;
  const value = Buffer.from(
    id !== undefined && secret !== undefined ? `${id}:${secret}` : `wmct:${randomUUID()}`,
  ).toString('base64');
  registerSecret(value);
  return value;
}

function expiredCase(deps: AccessDeps): CaseOrSkip {
  const expired = runSecrets().tokens.expired;
  const name = 'expired token';
  const source = deps.context.expiredToken;
  if (expired === undefined || 'skipReason' in source) {
    return {
      name,
      check: authExpiredToken,
      skip: 'skipReason' in source ? source.skipReason : 'no expired token was handed to the workers',
    };
  }
  registerSecret(expired.token);
  return {
    name,
    check: authExpiredToken,
    auth: bearer(expired.token, 'expired token'),
    tokenSent: true,
    expected: 401,
    why: `expired token from ${source.source}`,
  };
}

function foreignCase(deps: AccessDeps): CaseOrSkip {
  const name = 'foreign client (no Web Modeler audience)';
  if (!deps.tokens.has('foreign'))
    return {
      name,
      check: authWrongAudience,
      skip: 'no foreign client is configured (WM_FOREIGN_CLIENT_ID/SECRET): a client of the same issuer whose tokens lack the Web Modeler API audience',
    };
  const status = deps.context.foreignTokenStatus;
  return {
    name,
    check: authWrongAudience,
    auth: { kind: 'client', role: 'foreign' },
    tokenSent: true,
    expected: status,
    why: `WM_FOREIGN_TOKEN_STATUS=${status}`,
  };
}

/** Every bad credential of the run, made from the full client's real token. */
export async function authCases(deps: AccessDeps): Promise<CaseOrSkip[]> {
  const real = await deps.tokens.get('full');
  if (real === null) throw new Error('no full client is configured');
  const bad = await badTokens(real);
  return [
    {
      name: 'no Authorization header',
      check: authMissingToken,
      auth: { kind: 'none' },
      tokenSent: false,
      expected: 401,
    },
    {
      name: 'empty bearer token',
      check: authMalformedToken,
      auth: bearer(bad.empty, 'empty token'),
      tokenSent: false,
      expected: 401,
    },
    {
      name: 'garbage bearer token',
      check: authMalformedToken,
      auth: bearer(bad.garbage, 'garbage token'),
      tokenSent: true,
      expected: 401,
    },
    {
      name: 'truncated bearer token',
      check: authMalformedToken,
      auth: bearer(bad.truncated, 'truncated token'),
      tokenSent: true,
      expected: 401,
    },
    expiredCase(deps),
    {
      name: 'token signed by an unpublished key',
      check: authWrongSignature,
      auth: bearer(bad.wrongSignature, 'forged token'),
      tokenSent: true,
      expected: 401,
    },
    {
      name: 'unsigned token (alg none)',
      check: authAlgNone,
      auth: bearer(bad.algNone, 'alg none token'),
      tokenSent: true,
      expected: 401,
    },
    foreignCase(deps),
    {
      name: 'Basic credentials',
      check: authBasicScheme,
      auth: { kind: 'header', value: `Basic ${basicCredentials(deps)}`, label: 'basic credentials' },
      tokenSent: false,
      expected: 401,
    },
  ];
}

export function isRefused(status: number): boolean {
  return status >= 400 && status < 500;
}

/** A request the target carried out although it should not have: what it created is the suite's to clean up. */
export function settle(world: World, p: PlannedOperation, res: ApiResponse, label: string): void {
  if (!isSuccess(res.status)) return;
  const id = world.keyOf(p.kind, res.body);
  if (p.role === 'create' && id !== undefined) world.adopt(p.kind, id, label);
}

/** A valid request of the operation; for operations no scenario knows, random ids and a synthesized body. */
export async function validRequest(world: World, p: PlannedOperation): Promise<ValidRequest> {
  if (p.role === 'info') return { path: {}, body: undefined, references: [] };
  const known = await validRequestOf(world, p);
  if (known !== undefined) return known;
  const path = Object.fromEntries(pathParams(p).map((name) => [name, randomUUID()]));
  const body: JsonObject | undefined =
    p.op.requestBody === null ? undefined : world.body(p, { name: world.name('auth') });
  return { path, body, references: [] };
}

/** The target's request as call options: its path (or another) and its body. */
export function requestOf(
  target: ValidRequest,
  path: Readonly<Record<string, string>> = target.path,
): Pick<CallOptions, 'path' | 'body' | 'query' | 'multipart'> {
  return {
    path,
    ...(target.body === undefined ? {} : { body: target.body }),
    ...(target.query === undefined ? {} : { query: target.query }),
    ...(target.multipart === undefined ? {} : { multipart: target.multipart }),
  };
}

/** What the full client reads with the request (reads only): the data a refused answer must not carry. */
async function readableData(world: World, p: PlannedOperation, target: ValidRequest): Promise<string[]> {
  if (p.mutating || p.role === 'info') return [];
  const res = await world.call(p, { ...requestOf(target), expect: 'success', case: 'full client (reference read)' });
  return isSuccess(res.status) ? sensitiveValues(res.body) : [];
}

interface Sent {
  readonly res: ApiResponse;
  readonly requestText: readonly string[];
  /** The credentials the request carried (an answer must not echo them). */
  readonly credentials: readonly string[];
}

/** The credentials a request made with `auth` carries. */
export async function credentialsSent(auth: AuthMode, tokens: TokenProvider): Promise<string[]> {
  if (auth.kind === 'none') return [];
  if (auth.kind === 'header') return credentialsOf(auth.value);
  const token = await tokens.get(auth.role);
  return token === null ? [] : credentialsOf(`Bearer ${token}`);
}

async function send(
  world: World,
  p: PlannedOperation,
  target: ValidRequest,
  c: AuthCase,
  tokens: TokenProvider,
): Promise<Sent> {
  const res = await world.call(p, { ...requestOf(target), auth: c.auth, expect: 'rejection', case: c.name });
  settle(world, p, res, c.name);
  const url = new URL(res.record.url);
  return {
    res,
    requestText: [
      decodeURIComponent(url.pathname),
      url.pathname,
      target.body === undefined ? '' : JSON.stringify(target.body),
    ],
    credentials: await credentialsSent(c.auth, tokens),
  };
}

function judge(world: World, p: PlannedOperation, c: AuthCase, sent: Sent, data: readonly string[]): void {
  const { res } = sent;
  const recorder = world.api.recorder;
  const options = { case: c.name, exchange: res.record };
  const what = `${p.op.key} with ${c.name}`;
  recorder.judge(
    c.check,
    p.op.key,
    { status: res.status, expected: c.expected, what, ...(c.why === undefined ? {} : { why: c.why }) },
    options,
  );
  if (res.status === 401)
    recorder.judge(
      wwwAuthenticate,
      p.op.key,
      { header: res.headers['www-authenticate'], tokenSent: c.tokenSent, what },
      options,
    );
  if ((res.status === 401 || res.status === 403) && (data.length > 0 || sent.credentials.length > 0)) {
    recorder.judge(
      authNoDataLeak,
      p.op.key,
      { answer: res, data, request: sent.requestText, credentials: sent.credentials, what },
      options,
    );
  }
}

/** Runs every auth case against one operation. */
export async function runAuth(world: World, p: PlannedOperation, deps: AccessDeps): Promise<void> {
  world.skipOutsideCore(p);
  if (world.deps.readOnly && p.mutating)
    return world.deps.skip(
      `WM_READ_ONLY=true: ${p.op.key} changes data, so no request is sent to it, not even one that must be refused`,
    );
  const cases = await authCases(deps);
  const target = await validRequest(world, p);
  const data = await readableData(world, p, target);
  const before = await target.snapshot?.();
  let allRefused = true;
  for (const c of cases) {
    if ('skip' in c) {
      world.api.recorder.skip(c.check, p.op.key, c.skip, { case: c.name });
      continue;
    }
    const sent = await send(world, p, target, c, deps.tokens);
    allRefused &&= isRefused(sent.res.status);
    judge(world, p, c, sent, data);
  }
  if (before === undefined || target.snapshot === undefined || !allRefused) return;
  world.api.recorder.judge(
    noSideEffect,
    p.op.key,
    { before, after: await target.snapshot(), what: `${p.op.key}, requests with bad credentials` },
    { case: 'bad credentials' },
  );
}
