/** Faults of authentication, authorization and /info: the server trusts or tells the wrong things. */
import { forOperations, mapBody } from './rewrite.ts';
import { isJsonObject } from '../../src/core/json.ts';
import type { Fault, FaultContext, OutgoingResponse } from './types.ts';

const REJECTED_TOKEN_CHECKS = [
  'auth-missing-token',
  'auth-malformed-token',
  'auth-expired-token',
  'auth-wrong-signature',
  'auth-alg-none',
  'auth-wrong-audience',
  'auth-basic-scheme',
] as const;

/**
 * The request's Authorization header sent back in every form a careless target might use: in a
 * header of every `GET /info` answer; in every 401/403 as the problem's `detail`, as extension
 * members (base64-, URL-encoded and wrapped across lines), in WWW-Authenticate and in a Location.
 */
function echoAuthorization(r: OutgoingResponse, ctx: FaultContext): OutgoingResponse {
  const auth = ctx.authorization?.trim() ?? '';
  const refused = r.status === 401 || r.status === 403;
  if (auth === '' || (!refused && ctx.operationId !== 'getInfo')) return r;
  const headers: Record<string, string> = { ...r.headers, 'x-echo-authorization': auth };
  if (!refused) return { ...r, headers };
  const challenge = r.headers['www-authenticate'];
  if (challenge !== undefined) headers['www-authenticate'] = `${challenge}, authorization="${auth}"`;
  headers.location = `https://login.example.com/retry?authorization=${encodeURIComponent(auth)}`;
  headers['content-type'] = 'application/problem+json';
  const problem = isJsonObject(r.body)
    ? r.body
    : {
        type: 'about:blank',
        title: r.status === 401 ? 'Unauthorized' : 'Forbidden',
        status: r.status,
        instance: ctx.path,
      };
  const echo = {
    base64: Buffer.from(auth).toString('base64'),
    urlEncoded: encodeURIComponent(auth),
    wrapped: (auth.match(/.{1,40}/g) ?? []).join('\n'),
  };
  return { ...r, headers, body: { ...problem, detail: `Rejected credentials: ${auth}`, authorization: echo } };
}

const SEARCHES = [
  'searchProjects',
  'searchFiles',
  'searchMilestones',
  'searchVersions',
  'searchCollaborators',
] as const;

export const AUTH_FAULTS: readonly Fault[] = [
  {
    name: 'no-token-accepted',
    description: 'Requests without an Authorization header are served as if fully authorized.',
    catches: ['auth-missing-token'],
    behaviour: { requireToken: false },
  },
  {
    name: 'malformed-token-ignored',
    description: 'A bearer value that is no token at all (empty, garbage) is ignored and the request served.',
    catches: ['auth-malformed-token'],
    behaviour: { ignoreMalformedTokens: true },
  },
  {
    name: 'signature-not-verified',
    description: 'Token signatures are not checked: forged and unsigned tokens get in.',
    // A truncated token is a token whose signature does not verify: it gets in too.
    catches: ['auth-wrong-signature', 'auth-alg-none', 'auth-malformed-token'],
    behaviour: { verifySignature: false },
  },
  {
    name: 'expired-token-accepted',
    description: 'Expired tokens are still accepted.',
    catches: ['auth-expired-token'],
    behaviour: { verifyExpiry: false },
  },
  {
    name: 'wrong-audience-403',
    description: 'Valid tokens without the Web Modeler audience are answered 403 instead of 401.',
    // A legitimate variant where a gateway answers so: WM_FOREIGN_TOKEN_STATUS=403 accepts it
    // (test/foreign-status.test.ts); with the default 401 the foreign client's cases fail.
    catches: ['auth-wrong-audience', 'permission-denied'],
    behaviour: { wrongAudienceStatus: 403 },
  },
  {
    name: 'audience-not-checked',
    description: 'Tokens issued for another API (wrong audience) are accepted.',
    // The foreign client gets in, without permissions: 403 where the permission tests expect its 401.
    catches: ['auth-wrong-audience', 'permission-denied'],
    behaviour: { verifyAudience: false },
  },
  {
    name: 'alg-none-accepted',
    description: 'Unsigned tokens (alg "none") are accepted.',
    catches: ['auth-alg-none'],
    behaviour: { allowAlgNone: true },
  },
  {
    name: 'basic-auth-accepted',
    description: 'An Authorization: Basic header is accepted instead of a bearer token.',
    catches: ['auth-basic-scheme'],
    behaviour: { acceptBasicAuth: true },
  },
  {
    name: 'auth-failure-403',
    description: 'Missing or invalid tokens are answered 403 instead of 401.',
    // The permission tests expect the foreign client's 401 too.
    catches: [...REJECTED_TOKEN_CHECKS, 'permission-denied'],
    behaviour: { authFailureStatus: 403 },
  },
  {
    name: 'no-www-authenticate',
    description: '401 and 403 answers carry no WWW-Authenticate header.',
    catches: ['www-authenticate'],
    behaviour: { sendWwwAuthenticate: false },
  },
  {
    name: 'auth-failure-leaks-data',
    description: 'A 401 on a read still carries the resource that was asked for.',
    // The leaked resource is no RFC 9457 problem either.
    catches: ['auth-no-data-leak', 'problem-body'],
    behaviour: { authFailureLeaksData: true },
  },
  {
    name: 'echoes-authorization',
    description:
      'The Authorization header comes back: in a header of GET /info, and in every 401/403 (problem detail, base64, URL-encoded, wrapped, WWW-Authenticate, Location).',
    catches: ['auth-no-data-leak'],
    respond: echoAuthorization,
  },
  {
    name: 'permissions-ignored',
    description: 'Any valid token may do anything, whatever permissions it carries.',
    // Nothing is refused, so there is no refusal to judge for side effects; /info's flags no longer match.
    catches: ['permission-denied', 'info-flags-behaviour'],
    behaviour: { enforcePermissions: false },
  },
  {
    name: 'existence-leak',
    description: 'Without the needed permission, unknown ids answer 404 and known ones 403, so existence leaks.',
    catches: ['no-existence-leak'],
    behaviour: { existenceLeak: true },
  },
  {
    name: 'denied-but-applied',
    description: 'A request refused with 403 for lack of permission is carried out anyway.',
    // The full client's side-effect probe reads a resource the denied delete removed: 404 for a valid read.
    catches: ['permission-no-side-effect', 'success-status'],
    behaviour: { applyBeforeDenying: true },
  },
  {
    name: 'search-needs-create',
    description: 'Searches (POST …/search) demand the create permission instead of read.',
    catches: ['permission-granted', 'info-flags-behaviour'],
    behaviour: { permissionOverrides: Object.fromEntries(SEARCHES.map((op) => [op, 'create'])) },
  },
  {
    name: 'info-flag-lie',
    description: 'GET /info reports deletePermission opposite to what the token carries.',
    catches: ['info-flags-token', 'info-flags-behaviour'],
    behaviour: { infoFlagLie: 'delete' },
  },
  {
    name: 'info-wrong-version',
    description: 'GET /info reports version "v2" on the v1 API.',
    catches: ['info-version'],
    behaviour: { infoVersion: 'v2' },
  },
  {
    name: 'info-organization-per-client',
    description: 'GET /info reports a different authorizedOrganization (each a UUID) for every client.',
    catches: ['info-organization'],
    behaviour: { infoOrganizationPerClient: true },
  },
  {
    name: 'info-organization-not-uuid',
    description: 'GET /info reports an authorizedOrganization that is not a UUID.',
    // The strict reading knows authorizedOrganization as a UUID too.
    catches: ['info-organization', 'strict-uuid'],
    respond: forOperations(['getInfo'], (r) =>
      mapBody(r, (body) => (isJsonObject(body) ? { ...body, authorizedOrganization: 'organization-1' } : body)),
    ),
  },
  {
    name: 'info-missing-flag',
    description: 'GET /info leaves out deletePermission.',
    catches: ['info-shape', 'strict-required'],
    respond: forOperations(['getInfo'], (r) =>
      mapBody(r, (body) =>
        isJsonObject(body) ? Object.fromEntries(Object.entries(body).filter(([k]) => k !== 'deletePermission')) : body,
      ),
    ),
  },
];
