/** Tests for the token cache: what it keeps, which token it hands out as expired, how it treats a broken file and where it may live. */
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UnsecuredJWT } from 'jose';
import { assertOutsideReports, cacheKey, expiredFromCache, rememberToken } from './token-cache.ts';

const NOW = Date.parse('2030-01-01T00:00:00Z');

function cacheFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'wmct-cache-')), 'tokens.json');
}

/** An opaque (non-JWT) token expiring at `at`. */
function opaque(name: string, at: number): { token: string; expiresAt: number } {
  return { token: `opaque-${name}`, expiresAt: at };
}

test('the most recently expired token of the key is handed out; valid ones and other keys are not', () => {
  const file = cacheFile();
  const key = cacheKey('https://issuer/token', 'client');
  rememberToken(file, key, opaque('older', NOW - 600_000), NOW - 1_000_000);
  rememberToken(file, key, opaque('newer', NOW - 60_000), NOW - 1_000_000);
  rememberToken(file, key, opaque('valid', NOW + 60_000), NOW - 1_000_000);
  rememberToken(file, cacheKey('https://issuer/token', 'other'), opaque('other', NOW - 30_000), NOW - 1_000_000);
  expect(expiredFromCache(file, key, NOW)?.token).toBe('opaque-newer');
  expect(expiredFromCache(file, cacheKey('https://elsewhere/token', 'client'), NOW)).toBeUndefined();
});

test('a token within the clock-skew margin of its expiry does not count as expired', () => {
  const file = cacheFile();
  const key = cacheKey('u', 'c');
  rememberToken(file, key, opaque('just', NOW - 1_000), NOW - 10_000);
  expect(expiredFromCache(file, key, NOW)).toBeUndefined();
});

test("a JWT's own exp decides, not the recorded time", () => {
  const file = cacheFile();
  const key = cacheKey('u', 'c');
  const jwt = new UnsecuredJWT({}).setExpirationTime(Math.floor((NOW - 60_000) / 1000)).encode();
  rememberToken(file, key, { token: jwt, expiresAt: NOW + 600_000 }, NOW - 100_000);
  expect(expiredFromCache(file, key, NOW)?.token).toBe(jwt);
});

test('it keeps the newest expired token and the three newest valid ones per key', () => {
  const file = cacheFile();
  const key = cacheKey('u', 'c');
  for (const [i, offset] of [-300, -200, 100, 200, 300, 400].entries())
    rememberToken(file, key, opaque(String(i), NOW + offset * 1000), NOW);
  const stored: unknown = JSON.parse(readFileSync(file, 'utf8'));
  expect(JSON.stringify(stored)).toBe(
    JSON.stringify({
      version: 1,
      entries: {
        [key]: [
          opaque('5', NOW + 400_000),
          opaque('4', NOW + 300_000),
          opaque('3', NOW + 200_000),
          opaque('1', NOW - 200_000),
        ],
      },
    }),
  );
});

test('keys whose newest token expired more than 30 days ago are dropped when the cache is written', () => {
  const file = cacheFile();
  rememberToken(file, 'gone', opaque('gone', NOW - 31 * 86_400_000), NOW - 40 * 86_400_000);
  rememberToken(file, 'recent', opaque('recent', NOW - 29 * 86_400_000), NOW - 40 * 86_400_000);
  rememberToken(file, 'now', opaque('now', NOW + 60_000), NOW);
  expect(expiredFromCache(file, 'gone', NOW)).toBeUndefined();
  expect(expiredFromCache(file, 'recent', NOW)?.token).toBe('opaque-recent');
});

test('a missing or broken cache file reads as empty and is rewritten', () => {
  const file = cacheFile();
  expect(expiredFromCache(file, 'k', NOW)).toBeUndefined();
  writeFileSync(file, '{ not json');
  expect(expiredFromCache(file, 'k', NOW)).toBeUndefined();
  rememberToken(file, 'k', opaque('a', NOW - 60_000), NOW);
  expect(expiredFromCache(file, 'k', NOW)?.token).toBe('opaque-a');
});

test('the cache may not live inside the reports folder', () => {
  expect(() => {
    assertOutsideReports('/work/reports/tokens.json', '/work/reports');
  }).toThrow(/inside the reports folder/);
  expect(() => {
    assertOutsideReports('/work/reports', '/work/reports');
  }).toThrow(/inside the reports folder/);
  expect(() => {
    assertOutsideReports('/work/reports-cache/tokens.json', '/work/reports');
  }).not.toThrow();
  expect(() => {
    assertOutsideReports('/home/u/.cache/wm-conformance/tokens.json', '/work/reports');
  }).not.toThrow();
});
