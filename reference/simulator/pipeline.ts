/**
 * One API request, in the order Web Modeler's Spring stack handles it: authentication (401),
 * routing (404/405; OPTIONS 200 with Allow), permission (403), path ids (404), body (415/400), validation (400), handler.
 * Produces the response object that faults may rewrite before the server sends it.
 * *Assumed*: the permission check comes before body validation (a denied caller learns nothing).
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Permission } from '../../src/core/domain.ts';
import { ANONYMOUS, authChallenge, insufficientScopeChallenge, type AuthResult, type TokenVerifier } from './auth.ts';
import { validates } from './behaviour.ts';
import type { JsonObject, JsonValue } from '../../src/core/json.ts';
import { DETAIL, internalError, notFound, problemBody, PROBLEM_CONTENT_TYPE, ProblemError } from './problem.ts';
import { bodyObject } from './request-body.ts';
import { matchRoute, paramNames, type CompiledRoute } from './router.ts';
import type { OutgoingResponse, Principal, RequestContext, RouteDef, SimulatorEnv } from './types.ts';
import { formatIssues, type RequestValidator } from './validation.ts';

export interface ApiRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly rawBody: string;
}

export interface PipelineSetup {
  readonly env: SimulatorEnv;
  readonly routes: readonly CompiledRoute[];
  readonly verifier: TokenVerifier;
  readonly validator: RequestValidator;
}

export interface PipelineResult {
  readonly operationId: string | null;
  readonly response: OutgoingResponse;
}

interface Matched {
  readonly route: RouteDef;
  readonly params: Readonly<Record<string, string>>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function problemResponse(
  status: number,
  detail: string,
  instance: string,
  headers: Readonly<Record<string, string>> = {},
): OutgoingResponse {
  return {
    status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...headers },
    body: problemBody(status, detail, instance),
  };
}

function jsonResponse(status: number, body: JsonValue | undefined): OutgoingResponse {
  if (status === 204 || body === undefined) return { status, headers: {}, body: undefined };
  return { status, headers: { 'content-type': 'application/json' }, body };
}

export class ApiPipeline {
  private readonly setup: PipelineSetup;

  constructor(setup: PipelineSetup) {
    this.setup = setup;
  }

  private get env(): SimulatorEnv {
    return this.setup.env;
  }

  async handle(request: ApiRequest): Promise<PipelineResult> {
    const match = matchRoute(this.setup.routes, request.method, request.path, {
      methodsAcrossTemplates: this.env.behaviour.methodsAcrossTemplates,
    });
    const found = match.kind === 'found' ? { route: match.route, params: match.params } : null;
    const operationId = found?.route.operationId ?? null;
    try {
      const auth = await this.setup.verifier.authenticate(request.headers.authorization, this.env.behaviour);
      if (!auth.ok) return { operationId, response: this.authFailure(auth, found, request) };
      if (match.kind === 'none') throw notFound(`No endpoint ${request.method} ${request.path}.`);
      // OPTIONS is answered as Spring MVC does: 200, no body, Allow with HEAD (where GET is) and OPTIONS.
      if (match.kind === 'method-not-allowed' && request.method === 'OPTIONS')
        return {
          operationId,
          response: { status: 200, headers: { allow: optionsAllow(match.allowed) }, body: undefined },
        };
      if (match.kind === 'method-not-allowed') {
        throw new ProblemError(405, `Method '${request.method}' is not supported.`, {
          allow: match.allowed.join(', '),
        });
      }
      return {
        operationId,
        response: this.authorized(auth.principal, { route: match.route, params: match.params }, request),
      };
    } catch (error) {
      return { operationId, response: this.errorResponse(error, request.path) };
    }
  }

  private errorResponse(error: unknown, path: string): OutgoingResponse {
    if (error instanceof ProblemError) return problemResponse(error.status, error.detail, path, error.headers);
    if (process.env.WMCT_REFERENCE_DEBUG !== undefined) process.stderr.write(`reference: ${String(error)}\n`);
    return problemResponse(500, DETAIL.internal, path);
  }

  private authFailure(
    auth: Extract<AuthResult, { ok: false }>,
    found: Matched | null,
    request: ApiRequest,
  ): OutgoingResponse {
    const { behaviour } = this.env;
    const headers: Record<string, string> = behaviour.sendWwwAuthenticate
      ? { 'www-authenticate': authChallenge(auth) }
      : {};
    const status =
      auth.wrongAudience === true && behaviour.wrongAudienceStatus === 403 ? 403 : behaviour.authFailureStatus;
    if (behaviour.authFailureLeaksData && found?.route.method === 'get') {
      const leaked = this.tryHandler(ANONYMOUS, found, request);
      if (leaked !== undefined)
        return { status, headers: { ...headers, 'content-type': 'application/json' }, body: leaked };
    }
    return { status, headers, body: undefined };
  }

  private neededPermission(route: RouteDef): Permission | 'any' {
    return this.env.behaviour.permissionOverrides[route.operationId] ?? route.permission;
  }

  private isDenied(principal: Principal, route: RouteDef): boolean {
    const needed = this.neededPermission(route);
    return this.env.behaviour.enforcePermissions && needed !== 'any' && !principal.permissions.has(needed);
  }

  private idParams(found: Matched): string[] {
    return paramNames(found.route.path).filter((name) => found.route.textParams?.includes(name) !== true);
  }

  private forbidden(principal: Principal, found: Matched, request: ApiRequest): OutgoingResponse {
    const { behaviour, store } = this.env;
    if (behaviour.existenceLeak && this.idParams(found).some((name) => !store.knows(found.params[name] ?? ''))) {
      return problemResponse(404, DETAIL.notFound, request.path);
    }
    if (behaviour.applyBeforeDenying) this.tryHandler(principal, found, request);
    const headers: Record<string, string> = behaviour.sendWwwAuthenticate
      ? { 'www-authenticate': insufficientScopeChallenge() }
      : {};
    return problemResponse(403, DETAIL.forbidden, request.path, headers);
  }

  private checkIds(found: Matched): void {
    const numeric = this.env.behaviour.idStyle === 'numeric';
    for (const name of this.idParams(found)) {
      const value = found.params[name] ?? '';
      if (numeric ? /^\d+$/.test(value) : UUID.test(value)) continue;
      throw validates(this.env.behaviour, 'ids') ? notFound() : internalError();
    }
  }

  /** The validated body; a rejected write may still be carried out (sideEffectsOnRejected). */
  private body(principal: Principal, found: Matched, request: ApiRequest): JsonObject {
    const component = found.route.requestBody;
    if (component === undefined) return {};
    const { behaviour } = this.env;
    const raw = bodyObject(request.rawBody, request.headers['content-type'], component, behaviour);
    const checked = this.setup.validator.check(component, raw, found.route.search);
    const issues = checked.issues.filter((issue) => validates(behaviour, issue.kind));
    if (issues.length === 0) return checked.body;
    if (behaviour.sideEffectsOnRejected && found.route.method !== 'get' && found.route.search === undefined) {
      quietly(() => found.route.handler(this.context(principal, found, checked.body, request)));
    }
    throw new ProblemError(400, formatIssues(issues));
  }

  private context(principal: Principal, found: Matched, body: JsonObject, request: ApiRequest): RequestContext {
    return { env: this.env, principal, params: found.params, body, path: request.path };
  }

  private authorized(principal: Principal, found: Matched, request: ApiRequest): OutgoingResponse {
    if (this.isDenied(principal, found.route)) return this.forbidden(principal, found, request);
    this.checkIds(found);
    const body = this.body(principal, found, request);
    const result = found.route.handler(this.context(principal, found, body, request));
    return jsonResponse(result.status, result.body);
  }

  /** Runs a handler whose answer is not sent (body unvalidated); any failure is swallowed. */
  private tryHandler(principal: Principal, found: Matched, request: ApiRequest): JsonValue | undefined {
    return quietly(() => {
      this.checkIds(found);
      const component = found.route.requestBody;
      const body =
        component === undefined
          ? {}
          : bodyObject(request.rawBody, request.headers['content-type'], component, this.env.behaviour);
      return found.route.handler(this.context(principal, found, body, request)).body;
    });
  }
}

/** The Allow of an OPTIONS answer: the resource's methods, HEAD where it has GET, and OPTIONS. */
function optionsAllow(methods: readonly string[]): string {
  return [...methods, ...(methods.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', ');
}

function quietly<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch {
    return undefined;
  }
}
