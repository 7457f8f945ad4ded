/**
 * Where the expired token comes from, first that applies:
 *   1. WM_EXPIRED_TOKEN;
 *   2. minted by the embedded issuer (expired a minute ago);
 *   3. the full client's token of an earlier run, kept in the token cache (config.tokenCacheFile,
 *      per token URL and client id), whose expiry has passed — every run against a real target
 *      adds its own token to the cache for later runs;
 *   4. a token of the short-lived client (WM_SHORT_LIVED_CLIENT_ID/SECRET), waited out when it
 *      expires within WM_MAX_EXPIRY_WAIT seconds;
 * otherwise the expired-token cases are skipped with the reason returned here (shown in the
 * report, never silently passed).
 */
import type { Config } from '../config/load.ts';
import type { HttpClient } from '../http/client.ts';
import type { IssuedToken } from '../core/token.ts';
import type { TargetAccess } from '../core/target.ts';
import type { RunningReferenceTarget } from '../../reference/target.ts';
import { registerSecret } from '../core/redact.ts';
import { assertOutsideReports, cacheKey, expiredFromCache, rememberToken } from './token-cache.ts';
import { jwtExpiry, requestClientToken } from './tokens.ts';

export type ExpiredToken = { readonly token: string; readonly source: string } | { readonly skipReason: string };

export interface ExpiredTokenSources {
  readonly config: Config;
  readonly http: HttpClient;
  readonly target: TargetAccess;
  readonly embedded: RunningReferenceTarget | null;
  /** The full client's token of this run: added to the token cache for later runs (real targets only). */
  readonly fresh?: IssuedToken;
  /** Waits (tests may shorten it); default a timer. */
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Margin after the expiry before the short-lived token is used (the issuer's clock may be ahead). */
const EXPIRY_MARGIN_MS = 1_500;

const timer = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Strategy 3: reads an expired token of the issuer and full client, and caches this run's token. */
function fromCache(sources: ExpiredTokenSources): ExpiredToken {
  const { config, target, fresh } = sources;
  const full = target.clients.full;
  if (full === undefined) return { skipReason: 'no full client to look up in the token cache' };
  assertOutsideReports(config.tokenCacheFile, config.reportsDir);
  const key = cacheKey(target.tokenUrl, full.id);
  const cached = expiredFromCache(config.tokenCacheFile, key);
  if (fresh !== undefined) rememberToken(config.tokenCacheFile, key, fresh);
  if (cached === undefined)
    return {
      skipReason: `the token cache ${config.tokenCacheFile} holds no expired token of this issuer and client yet (this run's token is cached for later runs)`,
    };
  registerSecret(cached.token);
  return {
    token: cached.token,
    source: `the token cache (a token of an earlier run, expired ${new Date(jwtExpiry(cached.token) ?? cached.expiresAt).toISOString()})`,
  };
}

/** Strategy 4: a token of the short-lived client, waited out. */
async function fromShortLivedClient(sources: ExpiredTokenSources): Promise<ExpiredToken> {
  const { config, http, target } = sources;
  const client = target.clients.shortLived;
  if (client === undefined)
    return { skipReason: 'no short-lived client is configured (WM_SHORT_LIVED_CLIENT_ID/SECRET)' };
  const issued = await requestClientToken(http, {
    tokenUrl: target.tokenUrl,
    audience: target.audience,
    role: 'shortLived',
    client,
  });
  const expiresAt = jwtExpiry(issued.token) ?? issued.expiresAt;
  const waitMs = Math.max(0, expiresAt - Date.now()) + EXPIRY_MARGIN_MS;
  if (waitMs > config.maxExpiryWaitSeconds * 1000) {
    return {
      skipReason: `the short-lived client's token expires in ${Math.ceil(waitMs / 1000)} s, longer than WM_MAX_EXPIRY_WAIT=${config.maxExpiryWaitSeconds}`,
    };
  }
  await (sources.sleep ?? timer)(waitMs);
  return { token: issued.token, source: `the short-lived client's token, waited out (${Math.ceil(waitMs / 1000)} s)` };
}

export async function resolveExpiredToken(sources: ExpiredTokenSources): Promise<ExpiredToken> {
  // A real target's cache is read, and this run's token added to it, whatever strategy wins.
  const cached = sources.embedded === null ? fromCache(sources) : undefined;
  if (sources.config.expiredToken !== null) return { token: sources.config.expiredToken, source: 'WM_EXPIRED_TOKEN' };
  if (sources.embedded !== null) {
    const token = await sources.embedded.mintToken('full', -60);
    registerSecret(token);
    return { token, source: 'minted by the embedded issuer' };
  }
  if (cached !== undefined && 'token' in cached) return cached;
  const shortLived = await fromShortLivedClient(sources);
  if ('token' in shortLived) return shortLived;
  const notCached = cached === undefined ? '' : `${cached.skipReason}; `;
  return {
    skipReason: `no expired token available: WM_EXPIRED_TOKEN is not set; ${notCached}${shortLived.skipReason}`,
  };
}
