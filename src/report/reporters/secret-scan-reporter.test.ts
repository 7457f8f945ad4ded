/**
 * The run's own secret scan (the last reporter): a file the run wrote that holds a secret of the
 * run — as is, base64-encoded in a blob-like line, JWT-shaped — is scrubbed (text) or removed
 * (an archive), the one line names files and kinds but no secret, and the run fails; files the
 * run did not write are not touched; a clean run is left alone.
 */
import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FullResult } from '@playwright/test/reporter';
import { useTempDir } from '../../../test/support/temp-dir.ts';
import SecretScanReporter from './secret-scan-reporter.ts';
import { registerSecret } from '../../core/redact.ts';

const temp = useTempDir('wmct-scan-reporter-');

const b64url = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
const PASSED: FullResult = { status: 'passed', startTime: new Date(), duration: 1 };

function reporterFor(dir: string): { reporter: SecretScanReporter; lines: string[] } {
  const lines: string[] = [];
  const reporter = new SecretScanReporter({
    reportsDir: dir,
    paths: [join(dir, 'compliance'), join(dir, 'blob'), join(dir, 'junit.xml'), join(dir, 'test-results')],
    write: (line) => lines.push(line),
  });
  return { reporter, lines };
}

test('a leaked secret fails the run with one line; text is scrubbed, an archive removed, older files left alone', async () => {
  const dir = temp.path(`leak-${randomBytes(4).toString('hex')}`);
  for (const sub of ['compliance', 'blob', 'test-results']) mkdirSync(join(dir, sub), { recursive: true });
  const secret = `secret-${randomBytes(16).toString('base64url')}`;
  registerSecret(secret);
  const jwt = `${b64url({ alg: 'RS256' })}.${b64url({ sub: 'refreshed-in-a-worker' })}.${randomBytes(32).toString('base64url')}`;
  // Written before the run began: not the run's, not scanned, not touched.
  const older = join(dir, 'compliance', 'earlier.txt');
  writeFileSync(older, secret);
  utimesSync(older, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));

  const { reporter, lines } = reporterFor(dir);
  reporter.onBegin();
  writeFileSync(
    join(dir, 'compliance', 'compliance.json'),
    JSON.stringify({ detail: `client_secret=${secret}`, ok: 'kept' }),
  );
  writeFileSync(join(dir, 'junit.xml'), `<failure message="Bearer ${jwt}"/>`);
  writeFileSync(
    join(dir, 'blob', 'report.jsonl'),
    `${JSON.stringify({ attachments: [{ name: 'wmct-checks', base64: Buffer.from(JSON.stringify({ echo: secret })).toString('base64') }] })}\n`,
  );
  // A zip archive (the local file header is enough to be one) is removed, not rewritten.
  writeFileSync(
    join(dir, 'test-results', 'trace.zip'),
    Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from(secret)]),
  );
  writeFileSync(join(dir, 'test-results', 'clean.txt'), 'nothing');

  expect(await reporter.onEnd(PASSED)).toEqual({ status: 'failed' });
  expect(lines).toHaveLength(1);
  const line = lines[0] ?? '';
  expect(line).toMatch(
    /^wm-conformance: secret scan: 4 report files held secrets: .* — scrubbed or removed; the run fails\n$/,
  );
  expect(line).toContain(`${join('compliance', 'compliance.json')} (a secret of the run; scrubbed)`);
  expect(line).toContain('junit.xml (a JWT-looking string; scrubbed)');
  expect(line).toContain(`${join('test-results', 'trace.zip')} (`);
  expect(line).not.toContain(secret);
  expect(line).not.toContain(jwt.slice(0, 20));
  expect(JSON.parse(readFileSync(join(dir, 'compliance', 'compliance.json'), 'utf8'))).toEqual({
    detail: 'client_secret=[redacted]',
    ok: 'kept',
  });
  expect(readFileSync(join(dir, 'junit.xml'), 'utf8')).toBe('<failure message="Bearer [redacted]"/>');
  expect(readFileSync(join(dir, 'blob', 'report.jsonl'), 'utf8')).not.toContain(
    Buffer.from(JSON.stringify({ echo: secret }))
      .toString('base64')
      .slice(0, 16),
  );
  expect(existsSync(join(dir, 'test-results', 'trace.zip'))).toBe(false);
  expect(readFileSync(join(dir, 'test-results', 'clean.txt'), 'utf8')).toBe('nothing');
  expect(readFileSync(older, 'utf8')).toBe(secret);
});

test('a clean run is left alone: no line, the status unchanged', async () => {
  const dir = temp.path(`clean-${randomBytes(4).toString('hex')}`);
  mkdirSync(join(dir, 'compliance'), { recursive: true });
  const { reporter, lines } = reporterFor(dir);
  reporter.onBegin();
  writeFileSync(
    join(dir, 'compliance', 'compliance.json'),
    JSON.stringify({ verdict: 'PASS', requestHeaders: { authorization: 'Bearer [redacted]' } }),
  );
  expect(await reporter.onEnd(PASSED)).toBeUndefined();
  expect(lines).toEqual([]);
});
