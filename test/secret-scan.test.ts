/**
 * No secret in any output: the whole suite runs against a reference target started here, with
 * Playwright tracing on and every reporter of the config — with the fault auth-failure-403 on, so
 * that every auth case fails and its exchange (sent with the bad credential) and message reach
 * every report (soft checks: a hard failure per test would restart a worker per test) — then
 * every file under its reports
 * folder (zip archives and the HTML report's embedded zip included) and its console output are
 * scanned for every secret of the run — the client secrets, the full client's token (read back
 * from the token cache the run wrote), the expired token, the Basic credentials, and any
 * JWT-looking string or crafted garbage token at all. A second test plants secrets to prove the
 * scanner finds them.
 *
 * The zip writer below is hand-written (deflated entries, ~30 lines): no zip-writing
 * library is a dependency of the project, and the test only needs to make small archives.
 */
import { expect, test } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { isJsonObject } from '../src/core/json.ts';
import { runSuite } from '../src/mutation/run-suite.ts';
import { scanContent, scanDirectory } from '../src/report/scan/secret-scan.ts';
import { findFault } from '../reference/faults/catalog.ts';
import type { RunningReferenceTarget } from '../reference/target.ts';
import { standaloneTarget, targetEnv } from './support/standalone.ts';

test.describe.configure({ timeout: 300_000 });

/** A zip archive of the entries, deflated (so no entry's text shows in the archive's bytes). */
function zip(entries: Readonly<Record<string, Buffer | string>>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = Buffer.from(content);
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const fields = (header: Buffer, at: number): void => {
      header.writeUInt16LE(8, at);
      header.writeUInt32LE(crc32(data), at + 6);
      header.writeUInt32LE(packed.length, at + 10);
      header.writeUInt32LE(data.length, at + 14);
      header.writeUInt16LE(nameBytes.length, at + 18);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    fields(local, 8);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    fields(central, 10);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The full client's tokens the run cached for later runs (the token every worker used). */
function cachedTokens(file: string): string[] {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isJsonObject(parsed) || !isJsonObject(parsed.entries)) return [];
  return Object.values(parsed.entries)
    .flatMap((list) => (Array.isArray(list) ? list : []))
    .flatMap((t) => (isJsonObject(t) && typeof t.token === 'string' ? [t.token] : []));
}

function hasFile(dir: string, name: string): boolean {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).some((f) => f.endsWith(name));
}

const FAULT = 'auth-failure-403';

test('a whole run with tracing on leaves no secret in any report file, archive or console line', async () => {
  const target: RunningReferenceTarget = await standaloneTarget({ faults: [FAULT] });
  try {
    const env = targetEnv(target);
    const work = mkdtempSync(join(tmpdir(), 'wmct-secret-scan-'));
    const reportsDir = join(work, 'reports');
    const tokenCache = join(work, 'cache', 'tokens.json');
    const expired = await target.mintToken('full', -60);
    const run = await runSuite({
      reportsDir,
      workers: 2,
      env: { ...env, WM_EXPIRED_TOKEN: expired, WM_TOKEN_CACHE: tokenCache, WMCT_TRACE: '1', WMCT_QUIET: '0' },
    });
    expect(run.failedChecks, run.stderr).toEqual([...(findFault(FAULT)?.catches ?? [])].sort());
    // The run really wrote traces and every report the config has.
    expect(hasFile(join(reportsDir, 'test-results'), 'trace.zip')).toBe(true);
    for (const report of ['junit.xml', join('playwright', 'index.html'), join('compliance', 'compliance.json')])
      expect(existsSync(join(reportsDir, report)), report).toBe(true);

    const { full, limited, foreign, shortLived } = target.clients;
    const issued = cachedTokens(tokenCache);
    expect(issued.length).toBeGreaterThan(0);
    const secrets = [
      ...[full, limited, foreign, shortLived].map((c) => c.secret),
      ...issued,
      expired,
      Buffer.from(`${full.id}:${full.secret}`).toString('base64'),
    ];
    const hits = [
      ...(await scanDirectory(reportsDir, { secrets })),
      ...(await scanContent('console output', Buffer.from(run.stdout + run.stderr), { secrets })),
    ];
    expect(hits).toEqual([]);
  } finally {
    await target.stop();
  }
});

test('the scanner finds a planted secret in a file, a zip, a nested zip and an embedded zip — and never repeats it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wmct-planted-'));
  const secret = `planted-${Date.now()}-client-secret`;
  const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ3bWN0In0.c2lnbmF0dXJl';
  mkdirSync(join(dir, 'logs'));
  writeFileSync(join(dir, 'logs', 'run.log'), `token request with client_secret=${secret}\n`);
  writeFileSync(join(dir, 'clean.txt'), 'nothing to see here');
  writeFileSync(
    join(dir, 'trace.zip'),
    zip({ 'trace.network': `{"authorization":"Bearer ${jwt}"}`, 'resources/clean.txt': 'clean' }),
  );
  writeFileSync(join(dir, 'outer.zip'), zip({ 'inner.zip': zip({ 'deep.txt': secret }) }));
  writeFileSync(
    join(dir, 'index.html'),
    `<template id="playwrightReportBase64">data:application/zip;base64,${zip({ 'report.json': secret }).toString('base64')}</template>`,
  );
  const hits = await scanDirectory(dir, { secrets: ['short', secret] });
  expect(hits).toEqual([
    { location: 'index.html (embedded zip 1)!/report.json', what: 'secret 2 (of 2)' },
    { location: join('logs', 'run.log'), what: 'secret 2 (of 2)' },
    { location: 'outer.zip!/inner.zip!/deep.txt', what: 'secret 2 (of 2)' },
    { location: 'trace.zip!/trace.network', what: 'a JWT-looking string' },
  ]);
  expect(JSON.stringify(hits)).not.toContain(secret);
  expect(
    await scanContent('console output', Buffer.from(`wmct-garbage-${'x'.repeat(32)} seen`), { secrets: [] }),
  ).toEqual([{ location: 'console output', what: 'a crafted garbage token' }]);
});
