/**
 * Types of the hub-v2 simulator's pieces: the route table's entries (the single source of the
 * dispatching and of the OpenAPI document, with the `x-semantic-*` chaining annotations), the
 * context a handler gets, and what it answers.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Permission } from '../../src/core/domain.ts';
import type { Behaviour } from '../simulator/behaviour.ts';
import type { JsonObject, JsonValue } from '../../src/core/json.ts';
import type { Principal, RouteMethod } from '../simulator/types.ts';
import type { HubBehaviour } from './knobs.ts';
import type { HubStore, UserRef } from './store.ts';

export type { Principal, RouteMethod };

export type HubErrorStatus = 400 | 401 | 403 | 404 | 409 | 500;

/** A documented error answer: the common response of its status, or one with its own description. */
export interface HubErrorDoc {
  readonly status: HubErrorStatus;
  /** Own description (then the response is written inline with the problem schema). */
  readonly description?: string;
}

/** `x-semantic-requires`: the kind of resource the operation needs and where its identifiers come from. */
export interface SemanticRequires {
  readonly kind: string;
  readonly bind: Readonly<Record<string, { readonly from: 'path' | 'body'; readonly name: string }>>;
}

/** `x-semantic-establishes`: a relation the operation creates, identified by several values. */
export interface SemanticEstablishes {
  readonly kind: string;
  readonly shape: 'edge';
  readonly identifiedBy: readonly {
    readonly in: 'path' | 'body';
    readonly name: string;
    readonly semanticType: string;
    readonly acceptsExternal?: boolean;
  }[];
}

/** The kind of target: Self-Managed or SaaS (operations of the other kind are unavailable). */
export type TargetKind = 'self-managed' | 'saas';

/** `x-availability` of an operation: only on Self-Managed ('SM') or only on SaaS. */
export type Availability = 'SM' | 'SaaS';

/** One part of a `multipart/form-data` request body. */
export interface MultipartPart {
  readonly field: string;
  readonly filename: string;
  readonly contentType: string;
  readonly content: string;
}

/** A search: its item DTOs and what the filter offers. */
export interface HubSearchSpec {
  /**
   * Filter properties: 'basic' (no $like), 'string' (with $like), 'date', 'boolean' (a plain
   * true/false), 'set' (basic operators over a set of values: the item matches when any member
   * does; `$exists` asks for a non-empty set), 'each' (the same values, each tested on its own: the
   * item matches when one member satisfies the whole condition — a misbehaviour the knobs can
   * choose). A dotted name is a property of a nested filter object.
   */
  readonly filters: Readonly<Record<string, 'basic' | 'string' | 'date' | 'boolean' | 'set' | 'each'>>;
  /** Filter properties that take only a plain value or `$eq` (members' workspaceKey, versions' fileKey). */
  readonly eqOnly?: readonly string[];
  /** The filter property that must be given (members: workspaceKey, versions: fileKey). */
  readonly requiredFilter?: string;
}

export interface HubRouteDef {
  readonly operationId: string;
  readonly method: RouteMethod;
  /** Path template below `/api/v2`, e.g. "/files/{fileKey}". */
  readonly path: string;
  readonly tag: string;
  readonly summary: string;
  readonly description: string;
  /** `x-added-in-version` of the operation. */
  readonly addedIn: string;
  /** Names of component parameters (`#/components/parameters/<name>`), in path order. */
  readonly parameters?: readonly string[];
  /** Path parameters that are not resource keys (e.g. a member's email). */
  readonly textParams?: readonly string[];
  readonly requestBody?: {
    readonly schema: string;
    readonly required: boolean;
    /** Default application/json; multipart/form-data bodies reach the handler as `parts`. */
    readonly mediaType?: 'application/json' | 'multipart/form-data';
    /** The `encoding` of a multipart body's parts: part name → content type. */
    readonly encoding?: Readonly<Record<string, string>>;
  };
  /** `x-availability`: the operation exists on this kind of target only. */
  readonly availability?: Availability;
  readonly success: { readonly status: 200 | 204; readonly description: string; readonly schema?: string };
  readonly errors: readonly HubErrorDoc[];
  /** What the token must allow; 'any' = any valid token. */
  readonly permission: Permission | 'any';
  /** `x-semantic-provider`: the response fields this operation provides to others. */
  readonly provides?: readonly string[];
  readonly requires?: SemanticRequires;
  readonly establishes?: SemanticEstablishes;
  readonly search?: HubSearchSpec;
  readonly handler: HubHandler;
}

export interface HubEnv {
  readonly store: HubStore;
  readonly behaviour: Behaviour;
  readonly hub: HubBehaviour;
  readonly baseUrl: string;
  readonly organizationId: string;
  /** Users of the organization (who have logged in once; others become invitees). */
  readonly users: readonly UserRef[];
  /** The kind of target this Hub plays. */
  readonly kind: TargetKind;
}

export interface HubContext {
  readonly env: HubEnv;
  readonly principal: Principal;
  readonly params: Readonly<Record<string, string>>;
  /** The validated request body; {} for operations without one (or an omitted optional one). */
  readonly body: JsonObject;
  /** Top-level body properties that were sent as explicit null (PATCH: null clears). */
  readonly nulls: ReadonlySet<string>;
  readonly path: string;
  /** The query string's parameters. */
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /** The caller's address (the socket's peer). */
  readonly remoteAddress: string;
  /** The parts of a multipart/form-data body (empty for JSON bodies). */
  readonly parts: readonly MultipartPart[];
}

export interface HubResult {
  readonly status: number;
  readonly body?: JsonValue;
}

export type HubHandler = (ctx: HubContext) => HubResult;
