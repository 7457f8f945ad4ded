/**
 * The secrets a secret scan looks for, and the scan of a run's output with its one line.
 *
 * What each scan knows:
 *   - the run's own scan (src/report/reporters/secret-scan-reporter.ts, in the runner process): every
 *     client secret, every token the global setup obtained (full, limited, foreign, short-lived,
 *     expired — handed over in WMCT_SECRETS), every secret registered in the runner, the
 *     password of every configured URL;
 *   - the standalone scan (`npm run scan-reports`): the client secrets, WM_EXPIRED_TOKEN and the
 *     URL passwords of the environment profile, and every token of the token cache.
 * Neither knows the tokens a worker obtained later (a refresh) or crafted (forged, unsigned,
 * truncated, garbage): those are found by their shape — anything JWT-looking, and the garbage
 * tokens' `wmct-garbage-` form. An opaque (non-JWT) token a worker refreshed is the one kind of
 * secret no scan can recognise; redaction masks it in the worker, where it is registered.
 */
import type { Config } from '../../config/load.ts';
import { cachedTokens } from '../../auth/token-cache.ts';
import { runSecrets } from '../../run/context.ts';
import { hitsLine, scanFiles, scrubFiles, type ScanSecret, type ScrubOutcome, type SecretHit } from './secret-scan.ts';
import { registeredSecrets, urlPassword } from '../../core/redact.ts';

function push(out: Map<string, string>, value: string | null | undefined, kind: string): void {
  if (value !== null && value !== undefined && value !== '' && !out.has(value)) out.set(value, kind);
}

function listed(out: Map<string, string>): ScanSecret[] {
  return [...out].map(([value, kind]) => ({ value, kind }));
}

/** The secrets of a configuration: client secrets, the expired token, URL passwords. */
function addConfig(out: Map<string, string>, config: Config): void {
  for (const client of Object.values(config.clients)) push(out, client.secret, 'a client secret');
  push(out, config.expiredToken, 'the expired token');
  for (const url of [config.baseUrl, config.openapiUrl, config.v2BaseUrl, config.v2OpenapiUrl, config.tokenUrl])
    for (const password of urlPassword(url)) push(out, password, 'a URL password');
}

/** What the standalone scan knows (see the header). */
export function configScanSecrets(config: Config): ScanSecret[] {
  const out = new Map<string, string>();
  addConfig(out, config);
  for (const token of cachedTokens(config.tokenCacheFile)) push(out, token, 'a cached token');
  return listed(out);
}

/** What the run's own scan knows (see the header); `config` null when it cannot be loaded. */
export function runScanSecrets(config: Config | null): ScanSecret[] {
  const out = new Map<string, string>();
  const secrets = runSecrets();
  for (const secret of Object.values(secrets.clientSecrets)) push(out, secret, 'a client secret');
  for (const [role, token] of Object.entries(secrets.tokens))
    push(out, token.token, role === 'expired' ? 'the expired token' : `a token of the ${role} client`);
  if (config !== null) addConfig(out, config);
  for (const secret of registeredSecrets()) push(out, secret, 'a secret of the run');
  return listed(out);
}

export interface ScanOutcome {
  readonly files: number;
  readonly hits: readonly SecretHit[];
  /** What was done about the hits (null: a dry run, nothing changed). */
  readonly scrub: ScrubOutcome | null;
  /** The one line to print when there are hits ("" when there are none). */
  readonly line: string;
}

/** Scans the files, scrubs or removes those with hits (unless `dryRun`), and says so in one line. */
export async function scanAndScrub(
  base: string,
  files: readonly string[],
  secrets: readonly ScanSecret[],
  dryRun = false,
): Promise<ScanOutcome> {
  const options = { secrets };
  const hits = await scanFiles(base, files, options);
  if (hits.length === 0) return { files: files.length, hits, scrub: null, line: '' };
  const scrub = dryRun ? null : await scrubFiles(base, hits, options);
  const what = dryRun ? 'nothing changed (--dry-run)' : 'scrubbed or removed';
  return { files: files.length, hits, scrub, line: `${hitsLine(hits, scrub)} — ${what}` };
}
