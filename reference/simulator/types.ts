/**
 * Types shared by the simulator's pieces: the route table's entries, the context a handler gets,
 * and the response object the pipeline builds (and faults may rewrite) before it is sent.
 */
import type { Generation, Permission } from '../../src/core/domain.ts';
import type { Behaviour } from './behaviour.ts';
import type { JsonObject, JsonValue } from '../../src/core/json.ts';
import type { Store, UserRef } from './store.ts';

export type RouteMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type ErrorStatus = 400 | 403 | 404 | 409 | 500;

export interface SearchSpec {
  /** Component name of the result items, e.g. "FileMetadataDto". */
  readonly itemSchema: string;
  /** Properties of the items that cannot be sorted by. */
  readonly unsortable: readonly string[];
}

export interface RouteDef {
  readonly operationId: string;
  readonly method: RouteMethod;
  /** Path template below the API prefix, e.g. "/files/{fileId}". */
  readonly path: string;
  readonly tag: string;
  readonly description?: string;
  /** Path parameters that are free text (all others are resource ids). */
  readonly textParams?: readonly string[];
  /** Component name of the JSON request body; the body is then required. */
  readonly requestBody?: string;
  readonly success: { readonly status: 200 | 204; readonly schema?: string };
  /** Documented error statuses (each with a string example of a problem, as the product does). */
  readonly errors: readonly ErrorStatus[];
  /** What the token must allow; 'any' = any valid token. */
  readonly permission: Permission | 'any';
  readonly search?: SearchSpec;
  readonly deprecated?: boolean;
  readonly handler: Handler;
}

export interface Principal {
  readonly clientId: string;
  readonly permissions: ReadonlySet<Permission>;
  readonly user: UserRef;
}

export interface SimulatorEnv {
  readonly store: Store;
  readonly behaviour: Behaviour;
  readonly generation: Generation;
  readonly baseUrl: string;
  readonly organizationId: string;
  /** Users of the organization (possible collaborators). */
  readonly users: readonly UserRef[];
}

export interface RequestContext {
  readonly env: SimulatorEnv;
  readonly principal: Principal;
  readonly params: Readonly<Record<string, string>>;
  /** The validated request body; {} for operations without one. */
  readonly body: JsonObject;
  /** The request path (the problem `instance`). */
  readonly path: string;
}

export interface HandlerResult {
  readonly status: number;
  readonly body?: JsonValue;
}

export type Handler = (ctx: RequestContext) => HandlerResult;

/** A response about to be sent; faults may rewrite it. `body` is parsed JSON, text or nothing. */
export interface OutgoingResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: JsonValue | string | undefined;
}

export interface FaultContext {
  /** operationId of the matched route, null when none matched. */
  readonly operationId: string | null;
  readonly method: string;
  readonly path: string;
  /** The request's Authorization header, when it had one. */
  readonly authorization?: string;
}
