/**
 * Bearer-token authentication as Spring Security's resource server does it for Web Modeler:
 * the token is verified with jose against the issuer's JWKS (fetched over HTTP and cached),
 * RS256 only, issuer, audience `web-modeler-public-api` and expiry. The error descriptions follow
 * Spring's wording. Behaviour knobs loosen single checks for the auth faults.
 */
import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from 'jose';
import { PERMISSIONS, type Permission } from '../../src/core/domain.ts';
import type { Behaviour } from './behaviour.ts';
import type { Principal } from './types.ts';

export interface AuthSettings {
  readonly issuerUrl: string;
  readonly jwksUrl: string;
  readonly audience: string;
}

export type AuthResult =
  | { readonly ok: true; readonly principal: Principal }
  | {
      readonly ok: false;
      readonly error: 'missing' | 'invalid_token';
      readonly description: string;
      readonly wrongAudience?: true;
    };

const BEARER = /^Bearer ([a-zA-Z0-9\-._~+/]+=*)$/i;
const RFC6750 = 'https://tools.ietf.org/html/rfc6750#section-3.1';
const CENTURY_SECONDS = 100 * 365 * 86_400;
const DECODE_ERROR = 'An error occurred while attempting to decode the Jwt';

export const ANONYMOUS: Principal = {
  clientId: 'anonymous',
  permissions: new Set(PERMISSIONS),
  user: { name: 'anonymous', email: 'anonymous@clients.wm-reference.example' },
};

const AUDIENCE_MISSING = 'The required audience is missing';

function invalid(description: string): AuthResult {
  return {
    ok: false,
    error: 'invalid_token',
    description,
    ...(description === AUDIENCE_MISSING ? { wrongAudience: true } : {}),
  };
}

/** The WWW-Authenticate value of a failed authentication. */
export function authChallenge(result: Extract<AuthResult, { ok: false }>): string {
  if (result.error === 'missing') return 'Bearer';
  return `Bearer error="invalid_token", error_description="${result.description}", error_uri="${RFC6750}"`;
}

/** The WWW-Authenticate value of a 403 for a missing permission. */
export function insufficientScopeChallenge(): string {
  const description = 'The request requires higher privileges than provided by the access token.';
  return `Bearer error="insufficient_scope", error_description="${description}", error_uri="${RFC6750}"`;
}

function permissionsOf(payload: JWTPayload, audience: string): Set<Permission> {
  const claim = payload.permissions;
  const forApi: unknown =
    typeof claim === 'object' && claim !== null ? Object.entries(claim).find(([k]) => k === audience)?.[1] : undefined;
  const granted = new Set<Permission>();
  if (!Array.isArray(forApi)) return granted;
  for (const entry of forApi) {
    const name = typeof entry === 'string' ? entry.split(':')[0] : undefined;
    const permission = PERMISSIONS.find((p) => p === name);
    if (permission !== undefined) granted.add(permission);
  }
  return granted;
}

function claimText(payload: JWTPayload, name: string): string | undefined {
  const value = payload[name];
  return typeof value === 'string' ? value : undefined;
}

/** Who made a change, as the audit fields (createdBy, updatedBy) record it: a person's token names the person, an M2M client's the client. */
function principalOf(payload: JWTPayload, audience: string): Principal {
  const clientId = claimText(payload, 'azp') ?? claimText(payload, 'client_id') ?? payload.sub ?? 'unknown';
  const email = claimText(payload, 'email');
  return {
    clientId,
    permissions: permissionsOf(payload, audience),
    user:
      email === undefined
        ? { name: clientId, email: `${clientId}@clients.wm-reference.example` }
        : { name: claimText(payload, 'name') ?? email, email },
  };
}

function describeJoseError(error: unknown): string {
  if (error instanceof errors.JWTExpired) {
    const exp =
      typeof error.payload.exp === 'number' ? new Date(error.payload.exp * 1000).toISOString() : 'an earlier time';
    return `Jwt expired at ${exp}`;
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return AUDIENCE_MISSING;
    return `The ${error.claim} claim is not valid`;
  }
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return `${DECODE_ERROR}: Signed JWT rejected: Invalid signature`;
  if (error instanceof errors.JOSEAlgNotAllowed)
    return `${DECODE_ERROR}: Signed JWT rejected: Another algorithm expected, or no matching key(s) found`;
  if (error instanceof errors.JWKSNoMatchingKey)
    return `${DECODE_ERROR}: Signed JWT rejected: Another algorithm expected, or no matching key(s) found`;
  return `${DECODE_ERROR}: Malformed token`;
}

/** How many passed tokens are remembered (a run uses a handful; the bound keeps a long-running target small). */
const PASSED_TOKENS = 1_000;

export class TokenVerifier {
  private readonly settings: AuthSettings;
  private readonly jwks: ReturnType<typeof createRemoteJWKSet>;
  /** Tokens that passed verification (by the checks that applied), with their principal and expiry. */
  private readonly passed = new Map<
    string,
    { readonly principal: Principal; readonly expiresAt: number | undefined }
  >();

  constructor(settings: AuthSettings) {
    this.settings = settings;
    this.jwks = createRemoteJWKSet(new URL(settings.jwksUrl), { cacheMaxAge: Infinity, cooldownDuration: 1_000 });
  }

  async authenticate(header: string | undefined, behaviour: Behaviour): Promise<AuthResult> {
    const value = header?.trim() ?? '';
    if (/^basic /i.test(value) && behaviour.acceptBasicAuth) return { ok: true, principal: ANONYMOUS };
    if (value === '' && !behaviour.requireToken) return { ok: true, principal: ANONYMOUS };
    if (!/^bearer\b/i.test(value))
      return { ok: false, error: 'missing', description: 'Full authentication is required to access this resource' };
    const token = BEARER.exec(value)?.[1];
    if (token === undefined) return this.malformed('Bearer token is malformed', behaviour);
    return this.verify(token, behaviour);
  }

  /** A bearer value that is no token at all (empty, not a JWT). */
  private malformed(description: string, behaviour: Behaviour): AuthResult {
    return behaviour.ignoreMalformedTokens ? { ok: true, principal: ANONYMOUS } : invalid(description);
  }

  private async verify(token: string, behaviour: Behaviour): Promise<AuthResult> {
    let alg: unknown;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      return this.malformed(`${DECODE_ERROR}: Malformed token`, behaviour);
    }
    if (!behaviour.verifySignature || (alg === 'none' && behaviour.allowAlgNone))
      return this.unverified(token, behaviour);
    if (alg === 'none') return invalid(`${DECODE_ERROR}: Unsupported algorithm of none`);
    // A token that passed stays good until it expires: its RS256 signature is checked once (the
    // keys never change while the target runs), the expiry on every request; anything that did
    // not pass is verified again every time (jose words each rejection).
    const key = `${behaviour.verifyAudience ? 'a' : '-'}${behaviour.verifyExpiry ? 'e' : '-'}${token}`;
    const known = this.passed.get(key);
    if (
      known !== undefined &&
      (!behaviour.verifyExpiry || known.expiresAt === undefined || known.expiresAt > Date.now())
    )
      return { ok: true, principal: known.principal };
    try {
      const { payload } = await jwtVerify(token, this.jwks, {
        algorithms: ['RS256'],
        issuer: this.settings.issuerUrl,
        ...(behaviour.verifyAudience ? { audience: this.settings.audience } : {}),
        ...(behaviour.verifyExpiry ? {} : { clockTolerance: CENTURY_SECONDS }),
      });
      const principal = principalOf(payload, this.settings.audience);
      if (this.passed.size >= PASSED_TOKENS) this.passed.clear();
      this.passed.set(key, { principal, expiresAt: payload.exp === undefined ? undefined : payload.exp * 1000 });
      return { ok: true, principal };
    } catch (error) {
      return invalid(describeJoseError(error));
    }
  }

  /** Claims-only checks for tokens whose signature a fault lets through. */
  private unverified(token: string, behaviour: Behaviour): AuthResult {
    let payload: JWTPayload;
    try {
      payload = decodeJwt(token);
    } catch {
      return invalid(`${DECODE_ERROR}: Malformed token`);
    }
    const audiences = typeof payload.aud === 'string' ? [payload.aud] : (payload.aud ?? []);
    if (payload.iss !== this.settings.issuerUrl) return invalid('The iss claim is not valid');
    if (behaviour.verifyExpiry && (payload.exp === undefined || payload.exp * 1000 <= Date.now())) {
      return invalid(`Jwt expired at ${new Date((payload.exp ?? 0) * 1000).toISOString()}`);
    }
    if (behaviour.verifyAudience && !audiences.includes(this.settings.audience)) return invalid(AUDIENCE_MISSING);
    return { ok: true, principal: principalOf(payload, this.settings.audience) };
  }
}
