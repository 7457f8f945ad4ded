/**
 * The token cache: the full client's tokens from earlier runs, per token URL and client id, so
 * that a later run has a genuinely expired token of the same issuer to send. A secret store:
 * it lives outside the reports folder (default ~/.cache/wm-conformance/tokens.json,
 * WM_TOKEN_CACHE), the file is mode 0600 and a folder made for it 0700; it is written whole
 * and renamed into place, so parallel shards never read half a file. Per key it keeps the
 * newest expired token and the three newest valid ones; keys not used for 30 days are dropped.
 */
import { lstatSync, mkdirSync, readFileSync, readlinkSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, isAbsolute, resolve } from 'node:path';
import { UsageError } from '../core/errors.ts';
import { isJsonObject } from '../core/json.ts';
import type { IssuedToken } from '../core/token.ts';
import { jwtExpiry } from './tokens.ts';

interface CacheFile {
  readonly version: 1;
  readonly entries: Readonly<Record<string, readonly IssuedToken[]>>;
}

/** Tokens kept per key that have not expired yet (the newest expired one is kept besides). */
const KEEP_VALID = 3;
/** A token counts as expired only this long after its expiry (clock skew between suite and issuer). */
const SKEW_MS = 5_000;
/** Keys whose newest token expired longer ago than this are dropped (issuers of test runs, long gone). */
const FORGET_AFTER_MS = 30 * 86_400_000;

export function cacheKey(tokenUrl: string, clientId: string): string {
  return `${tokenUrl} ${clientId}`;
}

/** Symbolic links followed at most this often (a loop of links ends here). */
const MAX_LINKS = 40;

/**
 * Where a path really is, every symbolic link on it resolved — also for a path that does not
 * exist yet (its nearest existing ancestor is resolved) and through a dangling link (its target).
 */
export function realPath(path: string, links = 0): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    // Does not exist (yet), or a link to something that does not.
  }
  try {
    if (links < MAX_LINKS && lstatSync(absolute).isSymbolicLink())
      return realPath(resolve(dirname(absolute), readlinkSync(absolute)), links + 1);
  } catch {
    // Nothing at all there: resolve the folder it would be made in.
  }
  const parent = dirname(absolute);
  return parent === absolute ? absolute : join(realPath(parent, links), basename(absolute));
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The cache must never be written where reports (artifacts) go: both paths are compared where
 * they really are, so a symbolic link (WM_REPORTS_DIR a link to the cache's folder, or the cache
 * a link into the reports) does not get around it.
 */
export function assertOutsideReports(file: string, reportsDir: string): void {
  if (isInside(file, reportsDir) || isInside(realPath(file), realPath(reportsDir))) {
    throw new UsageError(
      `WM_TOKEN_CACHE=${file} is inside the reports folder ${reportsDir}: tokens must never be written there — choose a path outside it`,
    );
  }
}

function isIssuedToken(value: unknown): value is IssuedToken {
  return isJsonObject(value) && typeof value.token === 'string' && typeof value.expiresAt === 'number';
}

function readCache(file: string): CacheFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { version: 1, entries: {} };
  }
  const entries: Record<string, IssuedToken[]> = {};
  if (isJsonObject(parsed) && isJsonObject(parsed.entries)) {
    for (const [key, list] of Object.entries(parsed.entries)) {
      const tokens: IssuedToken[] = [];
      for (const item of Array.isArray(list) ? list : []) if (isIssuedToken(item)) tokens.push(item);
      entries[key] = tokens;
    }
  }
  return { version: 1, entries };
}

/** When the token really expires: its JWT `exp` when it has one (the issuer's word), else the recorded time. */
function expiryOf(t: IssuedToken): number {
  return jwtExpiry(t.token) ?? t.expiresAt;
}

function isExpired(t: IssuedToken, now: number): boolean {
  return expiryOf(t) + SKEW_MS < now;
}

/** The most recently expired cached token of this issuer and client. */
export function expiredFromCache(file: string, key: string, now = Date.now()): IssuedToken | undefined {
  const expired = (readCache(file).entries[key] ?? []).filter((t) => isExpired(t, now));
  return expired.sort((a, b) => expiryOf(b) - expiryOf(a))[0];
}

/** The other keys' entries, without those whose newest token expired long ago. */
function liveEntries(cache: CacheFile, now: number): Record<string, readonly IssuedToken[]> {
  return Object.fromEntries(
    Object.entries(cache.entries).filter(([, tokens]) => tokens.some((t) => expiryOf(t) > now - FORGET_AFTER_MS)),
  );
}

/** Every token the cache holds (the standalone secret scan looks for them in reports). */
export function cachedTokens(file: string): string[] {
  return Object.values(readCache(file).entries).flatMap((tokens) => tokens.map((t) => t.token));
}

/** Adds the token; keeps the newest expired token and the newest few valid ones of the key. */
export function rememberToken(file: string, key: string, token: IssuedToken, now = Date.now()): void {
  const cache = readCache(file);
  const all = [token, ...(cache.entries[key] ?? []).filter((t) => t.token !== token.token)];
  const newestExpired = all
    .filter((t) => isExpired(t, now))
    .sort((a, b) => expiryOf(b) - expiryOf(a))
    .slice(0, 1);
  const valid = all
    .filter((t) => !isExpired(t, now))
    .sort((a, b) => expiryOf(b) - expiryOf(a))
    .slice(0, KEEP_VALID);
  const next: CacheFile = { version: 1, entries: { ...liveEntries(cache, now), [key]: [...valid, ...newestExpired] } };
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(next)}\n`, { mode: 0o600 });
  renameSync(temporary, file);
}
