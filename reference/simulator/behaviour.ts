/**
 * The simulator's behaviour knobs. Every default is the faithful behaviour of Web Modeler; a fault
 * (reference/faults) switches one knob to a named misbehaviour. The simulator consults these and
 * nothing else when deciding how to deviate.
 */
import type { Permission } from '../../src/core/domain.ts';

export type ValidationKind =
  | 'required'
  | 'nullRequired'
  | 'types'
  | 'lengths'
  | 'patterns'
  | 'malformedJson'
  | 'missingBody'
  | 'topLevelType'
  | 'paging'
  | 'pageSizeLimit'
  | 'ranges'
  | 'ids';

/** The Behaviour key that switches one validation kind on or off. */
export const VALIDATION_SWITCH = {
  required: 'validateRequired',
  nullRequired: 'validateNullRequired',
  types: 'validateTypes',
  lengths: 'validateLengths',
  patterns: 'validatePatterns',
  malformedJson: 'validateMalformedJson',
  missingBody: 'validateMissingBody',
  topLevelType: 'validateTopLevelType',
  paging: 'validatePaging',
  pageSizeLimit: 'validatePageSizeLimit',
  ranges: 'validateRanges',
  ids: 'validateIds',
} as const satisfies Record<ValidationKind, keyof Behaviour>;

export interface Behaviour {
  // ── authentication ──
  /** false: requests without an Authorization header are served as if fully authorized. */
  readonly requireToken: boolean;
  /** true: a bearer value that is no token at all (empty, not a JWT) is ignored and the request served as if fully authorized. */
  readonly ignoreMalformedTokens: boolean;
  /** false: the token's signature is not checked (claims still are). */
  readonly verifySignature: boolean;
  /** false: expired tokens are accepted. */
  readonly verifyExpiry: boolean;
  /** false: tokens for another audience are accepted. */
  readonly verifyAudience: boolean;
  /** true: unsigned tokens (alg "none") are accepted. */
  readonly allowAlgNone: boolean;
  /** true: an `Authorization: Basic …` header is accepted as fully authorized. */
  readonly acceptBasicAuth: boolean;
  /** Status of an authentication failure (faithful: 401). */
  readonly authFailureStatus: 401 | 403;
  /**
   * Status of a valid token without the Web Modeler API audience (faithful: 401, Spring's resource
   * server; 403 is what some gateways answer, and what WM_FOREIGN_TOKEN_STATUS=403 expects).
   */
  readonly wrongAudienceStatus: 401 | 403;
  /** false: 401/403 answers carry no WWW-Authenticate header. */
  readonly sendWwwAuthenticate: boolean;
  /** true: a 401 on a read carries the resource that was asked for. */
  readonly authFailureLeaksData: boolean;
  // ── authorization ──
  /** false: any valid token may do anything. */
  readonly enforcePermissions: boolean;
  /** true: without the needed permission, an unknown id answers 404 (a known one 403). */
  readonly existenceLeak: boolean;
  /** true: a request denied for lack of permission is carried out before the 403 is sent. */
  readonly applyBeforeDenying: boolean;
  /** Operation → permission it needs, overriding the route table. */
  readonly permissionOverrides: Readonly<Record<string, Permission>>;
  // ── /info ──
  /** true: /info reports a different organization for every client (each a valid UUID). */
  readonly infoOrganizationPerClient: boolean;
  /** A permission whose flag in /info is the opposite of the token's claim. */
  readonly infoFlagLie: Permission | null;
  /** Replaces the `version` reported by /info. */
  readonly infoVersion: string | null;
  // ── request validation (per kind) ──
  readonly validateRequired: boolean;
  readonly validateNullRequired: boolean;
  readonly validateTypes: boolean;
  readonly validateLengths: boolean;
  readonly validatePatterns: boolean;
  readonly validateMalformedJson: boolean;
  readonly validateMissingBody: boolean;
  readonly validateTopLevelType: boolean;
  /** page ≥ 0, size ≥ 0 and the sort field of searches. */
  readonly validatePaging: boolean;
  /** size ≤ 50 of searches. */
  readonly validatePageSizeLimit: boolean;
  /** Numbers other than page and size within their minimum/maximum (restore's version ≥ 1). */
  readonly validateRanges: boolean;
  /** Path ids must be well-formed (faithful: a malformed id answers 404). */
  readonly validateIds: boolean;
  /** true: a rejected (400) write is carried out anyway. */
  readonly sideEffectsOnRejected: boolean;
  /** Status for an id that is well-formed but unknown (faithful: 404). */
  readonly unknownIdStatus: 404 | 500;
  // ── semantics ──
  /** false: PATCH /files ignores a stale revision. */
  readonly checkRevision: boolean;
  /** true: deleted resources stay readable by id. */
  readonly softDelete: boolean;
  /** true: the first read by id of a newly created resource answers 404 (replica lag). */
  readonly createdNotReadable: boolean;
  /** true: updates of project names answer the new state but are not stored. */
  readonly dropUpdates: boolean;
  /** true: a created file's content is stored with trailing whitespace trimmed. */
  readonly trimContentOnCreate: boolean;
  // ── search ──
  readonly ignoreFilter: boolean;
  readonly reverseSort: boolean;
  readonly ignoreSort: boolean;
  /** true: `size` is ignored, pages always hold the default 10. */
  readonly ignoreSize: boolean;
  /** true: `total` counts the items on the page instead of all matches. */
  readonly wrongTotal: boolean;
  /** true: a page past the end repeats the last page instead of being empty. */
  readonly pagePastEndRepeats: boolean;
  // ── representation ──
  /** 'numeric': resource ids are decimal numbers instead of UUIDs. */
  readonly idStyle: 'uuid' | 'numeric';
  /** true: dates are written without a zone (Java LocalDateTime style). */
  readonly datesWithoutZone: boolean;
  /** Operations removed from both the server and its document. */
  readonly disabledOperations: readonly string[];
  /**
   * true: a request is routed by its method first, over every template its path matches (Spring's
   * way): `GET …/files/search` reaches getFile, and `…/search` paths refuse other methods with the
   * `{id}` path's methods in Allow. Faithful: the most specific template alone (OpenAPI's matching).
   */
  readonly methodsAcrossTemplates: boolean;
  // ── transport ──
  /** Operations whose requests get the connection reset instead of an answer. */
  readonly resetOperations: readonly string[];
}

export const DEFAULT_BEHAVIOUR: Behaviour = {
  requireToken: true,
  ignoreMalformedTokens: false,
  verifySignature: true,
  verifyExpiry: true,
  verifyAudience: true,
  allowAlgNone: false,
  acceptBasicAuth: false,
  authFailureStatus: 401,
  wrongAudienceStatus: 401,
  sendWwwAuthenticate: true,
  authFailureLeaksData: false,
  enforcePermissions: true,
  existenceLeak: false,
  applyBeforeDenying: false,
  permissionOverrides: {},
  infoOrganizationPerClient: false,
  infoFlagLie: null,
  infoVersion: null,
  validateRequired: true,
  validateNullRequired: true,
  validateTypes: true,
  validateLengths: true,
  validatePatterns: true,
  validateMalformedJson: true,
  validateMissingBody: true,
  validateTopLevelType: true,
  validatePaging: true,
  validatePageSizeLimit: true,
  validateRanges: true,
  validateIds: true,
  sideEffectsOnRejected: false,
  unknownIdStatus: 404,
  checkRevision: true,
  softDelete: false,
  createdNotReadable: false,
  dropUpdates: false,
  trimContentOnCreate: false,
  ignoreFilter: false,
  reverseSort: false,
  ignoreSort: false,
  ignoreSize: false,
  wrongTotal: false,
  pagePastEndRepeats: false,
  idStyle: 'uuid',
  datesWithoutZone: false,
  disabledOperations: [],
  methodsAcrossTemplates: false,
  resetOperations: [],
};

export function validates(behaviour: Behaviour, kind: ValidationKind): boolean {
  return behaviour[VALIDATION_SWITCH[kind]];
}

/** Merges partial behaviours in order; later ones win, lists and maps accumulate. */
export function mergeBehaviour(parts: readonly Partial<Behaviour>[]): Behaviour {
  let merged: Behaviour = DEFAULT_BEHAVIOUR;
  for (const part of parts) {
    merged = {
      ...merged,
      ...part,
      permissionOverrides: { ...merged.permissionOverrides, ...part.permissionOverrides },
      disabledOperations: [...merged.disabledOperations, ...(part.disabledOperations ?? [])],
    };
  }
  return merged;
}
