/** Tests for the expired-token strategies: each branch, in order, and the skip reason when none applies. */
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { loadConfig, type Config } from '../config/load.ts';
import { HttpClient } from '../http/client.ts';
import type { TargetAccess } from '../core/target.ts';
import { startReferenceTarget, type RunningReferenceTarget } from '../../reference/target.ts';
import { call } from '../../test/support/reference-client.ts';
import { resolveExpiredToken } from './expired.ts';
import { cacheKey, rememberToken } from './token-cache.ts';

test.describe.configure({ mode: 'serial' });

let target: RunningReferenceTarget;
const http = new HttpClient({ timeoutMs: 10_000, maxRetries: 0 });

test.beforeAll(async () => {
  target = await startReferenceTarget({ shortLivedTokenLifetimeSeconds: 1 });
});

test.afterAll(async () => {
  await target.stop();
});

/** A config for the target as a real one, with a fresh cache file in a folder that does not exist yet. */
function realTarget(extra: Record<string, string> = {}): {
  config: Config;
  preflight: TargetAccess;
  cacheFile: string;
} {
  const dir = mkdtempSync(join(tmpdir(), 'wmct-expired-'));
  const cacheFile = join(dir, 'cache', 'tokens.json');
  const config = loadConfig({
    WM_BASE_URL: target.baseUrl,
    WM_OAUTH_TOKEN_URL: target.tokenUrl,
    WM_OAUTH_AUDIENCE: target.audience,
    WM_CLIENT_ID: target.clients.full.id,
    WM_CLIENT_SECRET: target.clients.full.secret,
    WM_TOKEN_CACHE: cacheFile,
    WM_REPORTS_DIR: join(dir, 'reports'),
    ...extra,
  });
  const preflight: TargetAccess = {
    baseUrl: target.baseUrl,
    openapiUrl: target.openapiUrl,
    swaggerUiUrl: target.swaggerUiUrl,
    tokenUrl: target.tokenUrl,
    audience: target.audience,
    embedded: false,
    faults: [],
    clients: config.clients,
  };
  return { config, preflight, cacheFile };
}

const shortLived = (): Record<string, string> => ({
  WM_SHORT_LIVED_CLIENT_ID: target.clients.shortLived.id,
  WM_SHORT_LIVED_CLIENT_SECRET: target.clients.shortLived.secret,
});

function isExpired(token: string): boolean {
  const { exp } = decodeJwt(token);
  return typeof exp === 'number' && exp * 1000 < Date.now();
}

test('WM_EXPIRED_TOKEN comes first; the run token is cached for later runs (file 0600, new folder 0700)', async () => {
  const given = await target.mintToken('full', -60);
  const { config, preflight, cacheFile } = realTarget({ WM_EXPIRED_TOKEN: given });
  const fresh = { token: await target.mintToken('full', 300), expiresAt: Date.now() + 300_000 };
  const result = await resolveExpiredToken({ config, http, target: preflight, embedded: null, fresh });
  expect(result).toEqual({ token: given, source: 'WM_EXPIRED_TOKEN' });
  expect(statSync(cacheFile).mode & 0o777).toBe(0o600);
  expect(statSync(join(cacheFile, '..')).mode & 0o777).toBe(0o700);
  expect(readFileSync(cacheFile, 'utf8')).toContain(fresh.token);
});

test('the embedded issuer mints an expired token', async () => {
  const result = await resolveExpiredToken({
    config: loadConfig({}),
    http,
    target: realTarget().preflight,
    embedded: target,
  });
  expect('token' in result && result.source).toBe('minted by the embedded issuer');
  expect('token' in result && isExpired(result.token)).toBe(true);
});

test("an earlier run's token whose expiry has passed comes from the cache", async () => {
  const { config, preflight, cacheFile } = realTarget(shortLived());
  const old = await target.mintToken('full', -120);
  rememberToken(cacheFile, cacheKey(target.tokenUrl, target.clients.full.id), {
    token: old,
    expiresAt: Date.now() - 120_000,
  });
  const result = await resolveExpiredToken({ config, http, target: preflight, embedded: null });
  expect('token' in result && result.token).toBe(old);
  expect('token' in result && result.source).toMatch(/^the token cache \(a token of an earlier run, expired /);
});

test('a cached token that has not expired yet is not used; the short-lived client is waited out', async () => {
  const { config, preflight, cacheFile } = realTarget({ ...shortLived(), WM_MAX_EXPIRY_WAIT: '10' });
  rememberToken(cacheFile, cacheKey(target.tokenUrl, target.clients.full.id), {
    token: await target.mintToken('full', 300),
    expiresAt: Date.now() + 300_000,
  });
  const result = await resolveExpiredToken({ config, http, target: preflight, embedded: null });
  expect('token' in result && result.source).toMatch(/^the short-lived client's token, waited out \(\d s\)$/);
  const token = 'token' in result ? result.token : '';
  expect(isExpired(token)).toBe(true);
  expect((await call(target, 'GET', '/info', { token })).status).toBe(401);
});

test('a short-lived token that outlives WM_MAX_EXPIRY_WAIT is not waited for: skipped, with every reason', async () => {
  const { config, preflight } = realTarget({ ...shortLived(), WM_MAX_EXPIRY_WAIT: '0' });
  const result = await resolveExpiredToken({
    config,
    http,
    target: preflight,
    embedded: null,
    sleep: () => Promise.reject(new Error('must not wait')),
  });
  expect('skipReason' in result && result.skipReason).toMatch(
    /^no expired token available: WM_EXPIRED_TOKEN is not set; the token cache .* holds no expired token .*; the short-lived client's token expires in \d+ s, longer than WM_MAX_EXPIRY_WAIT=0$/,
  );
});

test('without a short-lived client the reason says so', async () => {
  const { config, preflight } = realTarget();
  const result = await resolveExpiredToken({ config, http, target: preflight, embedded: null });
  expect('skipReason' in result && result.skipReason).toContain(
    'no short-lived client is configured (WM_SHORT_LIVED_CLIENT_ID/SECRET)',
  );
});

test('a token cache inside the reports folder is refused', async () => {
  const { preflight } = realTarget();
  const dir = mkdtempSync(join(tmpdir(), 'wmct-expired-'));
  const config = loadConfig({
    WM_BASE_URL: target.baseUrl,
    WM_OAUTH_TOKEN_URL: target.tokenUrl,
    WM_CLIENT_ID: 'x',
    WM_CLIENT_SECRET: 'y',
    WM_REPORTS_DIR: dir,
    WM_TOKEN_CACHE: join(dir, 'tokens.json'),
  });
  await expect(resolveExpiredToken({ config, http, target: preflight, embedded: null })).rejects.toThrow(
    /is inside the reports folder/,
  );
});
