/**
 * Where the expired token comes from, first that applies:
 *   1. WM_EXPIRED_TOKEN;
 *   2. minted by the embedded issuer (expired a minute ago);
 * otherwise the expired-token cases are skipped with the reason returned here (shown in the
 * report, never silently passed).
 */
import type { Config } from '../config/load.ts';
import type { HttpClient } from '../http/client.ts';
import type { PreflightTarget } from '../run/preflight.ts';
import type { RunningReferenceTarget } from '../../reference/target.ts';
import { registerSecret } from './redact.ts';

export type ExpiredToken = { readonly token: string; readonly source: string } | { readonly skipReason: string };

export interface ExpiredTokenSources {
  readonly config: Config;
  readonly http: HttpClient;
  readonly target: PreflightTarget;
  readonly embedded: RunningReferenceTarget | null;
}

export async function resolveExpiredToken(sources: ExpiredTokenSources): Promise<ExpiredToken> {
  if (sources.config.expiredToken !== null) return { token: sources.config.expiredToken, source: 'WM_EXPIRED_TOKEN' };
  if (sources.embedded !== null) {
    const token = await sources.embedded.mintToken('full', -60);
    registerSecret(token);
    return { token, source: 'minted by the embedded issuer' };
  }
  return { skipReason: 'no expired token available: set WM_EXPIRED_TOKEN to a genuinely expired token of the same issuer' };
}
