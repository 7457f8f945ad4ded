/**
 * One hub-v2 API request: authentication (401), routing (404/405), permission (403), body
 * (415/400), validation (400), handler. Every error is a problem (facts §3.4); a 401 carries
 * `WWW-Authenticate` and, unlike Web Modeler v1's, a problem body too (knob problemOn401); a 403
 * names the missing permission. The shared knobs of authentication, permissions and validation
 * work as in the v1 pipeline, so the v1 faults of those families apply to this generation as well.
 * *Assumed*, as in v1: the permission check comes before the body and the key lookups, so a
 * caller without the permission gets 403 for known and unknown keys alike.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Permission } from '../../src/core/domain.ts';
import {
  ANONYMOUS,
  authChallenge,
  insufficientScopeChallenge,
  type AuthResult,
  type TokenVerifier,
} from '../simulator/auth.ts';
import { validates } from '../simulator/behaviour.ts';
import type { JsonObject, JsonValue } from '../../src/core/json.ts';
import { ProblemError } from '../simulator/problem.ts';
import { bodyObject } from '../simulator/request-body.ts';
import type { OutgoingResponse, Principal } from '../simulator/types.ts';
import { parseMultipart } from './multipart.ts';
import { HUB_DETAIL, hubProblem } from './problem.ts';
import { matchHubRoute, type HubCompiledRoute } from './router.ts';
import type { HubContext, HubEnv, HubRouteDef, MultipartPart } from './types.ts';
import { formatHubIssues, type HubIssue, type HubValidator } from './validation.ts';

export interface HubApiRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly rawBody: string;
  /** The body's bytes (multipart bodies are parsed from them; default: rawBody's UTF-8). */
  readonly rawBytes?: Buffer;
  /** The query string's parameters (default none). */
  readonly query?: URLSearchParams;
  /** The caller's address (default 127.0.0.1). */
  readonly remoteAddress?: string;
}

export interface HubPipelineSetup {
  readonly env: HubEnv;
  readonly routes: readonly HubCompiledRoute[];
  readonly verifier: TokenVerifier;
  readonly validator: HubValidator;
}

export interface HubPipelineResult {
  readonly operationId: string | null;
  readonly response: OutgoingResponse;
}

interface Matched {
  readonly route: HubRouteDef;
  readonly params: Readonly<Record<string, string>>;
}

interface Prepared {
  readonly body: JsonObject;
  readonly nulls: ReadonlySet<string>;
  readonly parts: readonly MultipartPart[];
}

const EMPTY: Prepared = { body: {}, nulls: new Set(), parts: [] };

function jsonResponse(status: number, body: JsonValue | undefined): OutgoingResponse {
  if (status === 204 || body === undefined) return { status, headers: {}, body: undefined };
  return { status, headers: { 'content-type': 'application/json' }, body };
}

function quietly<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch {
    return undefined;
  }
}

export class HubPipeline {
  private readonly setup: HubPipelineSetup;

  constructor(setup: HubPipelineSetup) {
    this.setup = setup;
  }

  private get env(): HubEnv {
    return this.setup.env;
  }

  async handle(request: HubApiRequest): Promise<HubPipelineResult> {
    const match = matchHubRoute(this.setup.routes, request.method, request.path);
    const found = match.kind === 'found' ? { route: match.route, params: match.params } : null;
    const operationId = found?.route.operationId ?? null;
    try {
      const auth = await this.setup.verifier.authenticate(request.headers.authorization, this.env.behaviour);
      if (!auth.ok) return { operationId, response: this.authFailure(auth, found, request) };
      if (match.kind === 'none') throw new ProblemError(404, `No endpoint ${request.method} ${request.path}.`);
      if (match.kind === 'method-not-allowed') {
        throw new ProblemError(
          405,
          `Method ${request.method} is not supported here; allowed: ${match.allowed.join(', ')}.`,
          { allow: match.allowed.join(', ') },
        );
      }
      return {
        operationId,
        response: await this.authorized(auth.principal, { route: match.route, params: match.params }, request),
      };
    } catch (error) {
      return { operationId, response: this.errorResponse(error, request.path) };
    }
  }

  private errorResponse(error: unknown, path: string): OutgoingResponse {
    if (error instanceof ProblemError) return hubProblem(error.status, error.detail, path, this.env.hub, error.headers);
    if (process.env.WMCT_REFERENCE_DEBUG !== undefined) process.stderr.write(`reference: ${String(error)}\n`);
    return hubProblem(500, HUB_DETAIL.internal, path, this.env.hub);
  }

  private authFailure(
    auth: Extract<AuthResult, { ok: false }>,
    found: Matched | null,
    request: HubApiRequest,
  ): OutgoingResponse {
    const { behaviour, hub } = this.env;
    const headers: Record<string, string> = behaviour.sendWwwAuthenticate
      ? { 'www-authenticate': authChallenge(auth) }
      : {};
    const status =
      auth.wrongAudience === true && behaviour.wrongAudienceStatus === 403 ? 403 : behaviour.authFailureStatus;
    if (behaviour.authFailureLeaksData && found?.route.method === 'get') {
      const leaked = quietly(() => found.route.handler(this.context(ANONYMOUS, found, EMPTY, request)).body);
      if (leaked !== undefined)
        return { status, headers: { ...headers, 'content-type': 'application/json' }, body: leaked };
    }
    if (!hub.problemOn401) return { status, headers, body: undefined };
    return hubProblem(
      status,
      auth.error === 'missing' ? auth.description : `${HUB_DETAIL.unauthorized} ${auth.description}`,
      request.path,
      hub,
      headers,
    );
  }

  private neededPermission(route: HubRouteDef): Permission | 'any' {
    return this.env.behaviour.permissionOverrides[route.operationId] ?? route.permission;
  }

  private keyParams(found: Matched): string[] {
    return Object.keys(found.params).filter((name) => found.route.textParams?.includes(name) !== true);
  }

  private forbidden(
    principal: Principal,
    found: Matched,
    request: HubApiRequest,
    needed: Permission,
  ): OutgoingResponse {
    const { behaviour, store, hub } = this.env;
    if (behaviour.existenceLeak && this.keyParams(found).some((name) => !store.knows(found.params[name] ?? ''))) {
      return hubProblem(404, HUB_DETAIL.notFound, request.path, hub);
    }
    if (behaviour.applyBeforeDenying)
      quietly(() =>
        found.route.handler(this.context(principal, found, this.prepare(principal, found, request), request)),
      );
    const headers: Record<string, string> = behaviour.sendWwwAuthenticate
      ? { 'www-authenticate': insufficientScopeChallenge() }
      : {};
    const detail = `Operation not allowed: ${found.route.operationId} needs the '${needed}' permission, which the API credentials do not have.`;
    return hubProblem(403, detail, request.path, hub, headers);
  }

  private keptIssue(issue: HubIssue, route: HubRouteDef): boolean {
    const { behaviour, hub } = this.env;
    if (issue.kind === 'unknownProperty') return hub.rejectUnknownProperties;
    if (issue.kind === 'operator') return hub.rejectUnsupportedOperators;
    const required = route.search?.requiredFilter;
    if (
      !hub.requireSearchFilters &&
      required !== undefined &&
      issue.kind === 'required' &&
      (issue.field === 'filter' || issue.field === `filter.${required}`)
    )
      return false;
    return validates(behaviour, issue.kind);
  }

  /**
   * A multipart body's parts: the schema's array properties are the part names, each with its
   * minItems, and (additionalProperties false) no other part name is allowed.
   */
  private async multipart(found: Matched, request: HubApiRequest): Promise<Prepared> {
    const spec = found.route.requestBody;
    if (spec === undefined) return EMPTY;
    const parts = await parseMultipart(
      request.rawBytes ?? Buffer.from(request.rawBody, 'utf8'),
      request.headers['content-type'],
    );
    const issues = this.setup.validator
      .checkParts(spec.schema, parts)
      .filter((issue) => this.keptIssue(issue, found.route));
    if (issues.length > 0) throw new ProblemError(400, formatHubIssues(issues));
    return { ...EMPTY, parts };
  }

  /** The validated body; a rejected write may still be carried out (sideEffectsOnRejected). */
  private prepare(principal: Principal, found: Matched, request: HubApiRequest): Prepared {
    const spec = found.route.requestBody;
    if (spec === undefined) return EMPTY;
    const { behaviour, hub } = this.env;
    const omitted = request.rawBody.trim() === '';
    if (omitted && !spec.required) return EMPTY;
    const raw = bodyObject(request.rawBody, request.headers['content-type'], spec.schema, behaviour);
    const checked = this.setup.validator.check(spec.schema, raw, hub, found.route.search);
    const issues = checked.issues.filter((issue) => this.keptIssue(issue, found.route));
    const prepared = { body: checked.body, nulls: checked.nulls, parts: [] };
    if (issues.length === 0) return prepared;
    if (behaviour.sideEffectsOnRejected && found.route.search === undefined)
      quietly(() => found.route.handler(this.context(principal, found, prepared, request)));
    throw new ProblemError(400, formatHubIssues(issues));
  }

  private context(principal: Principal, found: Matched, prepared: Prepared, request: HubApiRequest): HubContext {
    return {
      env: this.env,
      principal,
      params: found.params,
      body: prepared.body,
      nulls: prepared.nulls,
      parts: prepared.parts,
      path: request.path,
      query: request.query ?? new URLSearchParams(),
      headers: request.headers,
      remoteAddress: request.remoteAddress ?? '127.0.0.1',
    };
  }

  private async authorized(principal: Principal, found: Matched, request: HubApiRequest): Promise<OutgoingResponse> {
    const needed = this.neededPermission(found.route);
    if (this.env.behaviour.enforcePermissions && needed !== 'any' && !principal.permissions.has(needed)) {
      return this.forbidden(principal, found, request, needed);
    }
    const prepared =
      found.route.requestBody?.mediaType === 'multipart/form-data'
        ? await this.multipart(found, request)
        : this.prepare(principal, found, request);
    const result = found.route.handler(this.context(principal, found, prepared, request));
    return jsonResponse(result.status, result.body);
  }
}
