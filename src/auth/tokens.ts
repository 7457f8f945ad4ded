/**
 * Tokens by the OAuth 2.0 client-credentials grant: acquired once per client per run by the
 * global setup, handed to the workers, refreshed by a worker shortly before they expire.
 * Every failure is one line that says what to fix (UsageError, exit 2).
 */
import { decodeJwt } from 'jose';
import { clientRoleOf, type ClientCredentials, type ClientRole } from '../core/domain.ts';
import { UsageError } from '../core/errors.ts';
import { isJsonObject } from '../core/json.ts';
import { HttpClient, TransportError } from '../http/client.ts';
import { TargetError, isRedirect, redirectTarget } from '../http/failures.ts';
import type { IssuedToken } from '../core/token.ts';
import { registerSecret } from '../core/redact.ts';

export const ROLE_ID_VAR: Record<ClientRole, string> = {
  full: 'WM_CLIENT_ID',
  limited: 'WM_LIMITED_CLIENT_ID',
  foreign: 'WM_FOREIGN_CLIENT_ID',
  shortLived: 'WM_SHORT_LIVED_CLIENT_ID',
};

export const ROLE_SECRET_VAR: Record<ClientRole, string> = {
  full: 'WM_CLIENT_SECRET',
  limited: 'WM_LIMITED_CLIENT_SECRET',
  foreign: 'WM_FOREIGN_CLIENT_SECRET',
  shortLived: 'WM_SHORT_LIVED_CLIENT_SECRET',
};

/** Lifetime assumed when the issuer sends no expires_in and the token is not a JWT with exp. */
export const ASSUMED_LIFETIME_SECONDS = 300;

export interface TokenRequest {
  readonly tokenUrl: string;
  readonly audience: string | null;
  readonly role: ClientRole;
  readonly client: ClientCredentials;
}

/** The `exp` of a JWT in epoch ms, or undefined when the token is not a JWT or has none. */
export function jwtExpiry(token: string): number | undefined {
  try {
    const { exp } = decodeJwt(token);
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

export async function requestClientToken(http: HttpClient, req: TokenRequest): Promise<IssuedToken> {
  registerSecret(req.client.secret);
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: req.client.id,
    client_secret: req.client.secret,
  });
  if (req.audience !== null) form.set('audience', req.audience);
  let exchange;
  try {
    exchange = await http.send({
      method: 'POST',
      url: req.tokenUrl,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form.toString(),
    });
  } catch (error) {
    if (error instanceof TransportError && error.kind === 'timeout') {
      throw new TargetError(
        'timed out',
        `the token endpoint ${req.tokenUrl} did not answer within ${http.timeoutMs / 1000} s (WM_REQUEST_TIMEOUT_MS) — check WM_OAUTH_TOKEN_URL`,
      );
    }
    if (error instanceof TransportError) {
      throw new UsageError(`token endpoint unreachable (${error.message}) — check WM_OAUTH_TOKEN_URL`);
    }
    throw error;
  }
  const { status, bodyText, headers } = exchange.response;
  const who = `client "${req.client.id}" (${req.role})`;
  if (isRedirect(status)) {
    throw new TargetError(
      'redirected',
      `token endpoint ${req.tokenUrl} answered ${status} to ${redirectTarget(exchange.response, req.tokenUrl)} — redirects are not followed (the client secret must not travel on): set WM_OAUTH_TOKEN_URL to where the issuer answers`,
    );
  }
  if (/^\s*</.test(bodyText) || /text\/html/i.test(headers['content-type'] ?? '')) {
    throw new UsageError(
      `token endpoint ${req.tokenUrl} answered ${status} with an HTML page, not a token response — check WM_OAUTH_TOKEN_URL`,
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    throw new UsageError(
      `token endpoint ${req.tokenUrl} answered ${status} with a body that is not JSON — check WM_OAUTH_TOKEN_URL`,
    );
  }
  if (status !== 200) {
    const code = isJsonObject(body) && typeof body.error === 'string' ? body.error : `HTTP ${status}`;
    if (code === 'invalid_client' || code === 'unauthorized_client' || status === 401) {
      throw new UsageError(
        `the issuer refused ${who}: ${code} — check ${ROLE_ID_VAR[req.role]} and ${ROLE_SECRET_VAR[req.role]}`,
      );
    }
    throw new UsageError(
      `the issuer did not issue a token for ${who}: ${code}${req.audience === null ? '' : ` (audience "${req.audience}" — check WM_OAUTH_AUDIENCE)`}`,
    );
  }
  if (!isJsonObject(body) || typeof body.access_token !== 'string' || body.access_token === '') {
    throw new UsageError(`token endpoint ${req.tokenUrl} answered 200 without an access_token for ${who}`);
  }
  const token = body.access_token;
  registerSecret(token);
  const expiresIn =
    typeof body.expires_in === 'number'
      ? body.expires_in
      : typeof body.expires_in === 'string'
        ? Number(body.expires_in)
        : NaN;
  const expiresAt = Number.isFinite(expiresIn)
    ? Date.now() + expiresIn * 1000
    : (jwtExpiry(token) ?? Date.now() + ASSUMED_LIFETIME_SECONDS * 1000);
  return { token, expiresAt };
}

/** Tokens of one worker: the ones the global setup issued, renewed when about to expire. */
export class TokenProvider {
  readonly #tokens = new Map<ClientRole, IssuedToken>();
  readonly #http: HttpClient;
  readonly #tokenUrl: string;
  readonly #audience: string | null;
  readonly #clients: Partial<Record<ClientRole, ClientCredentials>>;

  constructor(
    http: HttpClient,
    tokenUrl: string,
    audience: string | null,
    clients: Partial<Record<ClientRole, ClientCredentials>>,
    issued: Partial<Record<ClientRole, IssuedToken>>,
  ) {
    this.#http = http;
    this.#tokenUrl = tokenUrl;
    this.#audience = audience;
    this.#clients = clients;
    for (const [role, token] of Object.entries(issued)) {
      const known = clientRoleOf(role);
      if (known !== undefined) {
        registerSecret(token.token);
        this.#tokens.set(known, token);
      }
    }
  }

  has(role: ClientRole): boolean {
    return this.#clients[role] !== undefined || this.#tokens.has(role);
  }

  /** A valid token for the role (renewed when it expires within 30 s); null when the role is not configured. */
  async get(role: ClientRole): Promise<string | null> {
    const current = this.#tokens.get(role);
    if (current !== undefined && current.expiresAt - Date.now() > 30_000) return current.token;
    const client = this.#clients[role];
    if (client === undefined) return current?.token ?? null;
    const fresh = await requestClientToken(this.#http, {
      tokenUrl: this.#tokenUrl,
      audience: this.#audience,
      role,
      client,
    });
    this.#tokens.set(role, fresh);
    return fresh.token;
  }
}
