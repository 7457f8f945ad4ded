/**
 * The latency knob (reference/latency.ts): every API answer of the reference target waits the
 * configured milliseconds, of both simulators; the document and the token issuer do not; the
 * setting and the flag reject what is no number of milliseconds. (Only lower bounds are asserted:
 * a loaded machine makes answers later, never earlier.)
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { loadConfig } from '../src/config/load.ts';
import { UsageError } from '../src/core/errors.ts';
import { startReferenceTarget } from './target.ts';

async function timed(url: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

for (const generation of ['v1', 'hub-v2'] as const) {
  test(`a ${generation} target with a latency waits that long before each API answer, not before its document`, async () => {
    const target = await startReferenceTarget({ generation, latencyMs: 300 });
    try {
      const api = `${target.baseUrl}${target.apiPrefix}/info`;
      for (let i = 0; i < 3; i++) expect((await timed(api)).ms).toBeGreaterThanOrEqual(295);
    } finally {
      await target.stop();
    }
    // The document answers at once (a latency far longer than any answer under load shows it).
    const slow = await startReferenceTarget({ generation, latencyMs: 10_000 });
    try {
      const doc = await timed(slow.openapiUrl);
      expect(doc.status).toBe(200);
      expect(doc.ms).toBeLessThan(10_000);
    } finally {
      await slow.stop();
    }
  });
}

test('the answers themselves are the same with a latency', async () => {
  const slow = await startReferenceTarget({ latencyMs: 20 });
  const fast = await startReferenceTarget({});
  try {
    const a = await fetch(`${slow.baseUrl}${slow.apiPrefix}/info`);
    const b = await fetch(`${fast.baseUrl}${fast.apiPrefix}/info`);
    expect(a.status).toBe(b.status);
    expect(a.headers.get('content-type')).toBe(b.headers.get('content-type'));
  } finally {
    await Promise.all([slow.stop(), fast.stop()]);
  }
});

test('WM_REFERENCE_LATENCY_MS: milliseconds for the embedded target only', () => {
  expect(loadConfig({}).referenceLatencyMs).toBe(0);
  expect(loadConfig({ WM_REFERENCE_LATENCY_MS: '50' }).referenceLatencyMs).toBe(50);
  expect(() => loadConfig({ WM_REFERENCE_LATENCY_MS: '50ms' })).toThrow(
    new UsageError('WM_REFERENCE_LATENCY_MS="50ms" must be a whole number'),
  );
  expect(() => loadConfig({ WM_REFERENCE_LATENCY_MS: '-1' })).toThrow(
    new UsageError('WM_REFERENCE_LATENCY_MS=-1 must be between 0 and 10000'),
  );
  const remote = {
    WM_BASE_URL: 'https://wm.example.com',
    WM_OAUTH_TOKEN_URL: 'https://id.example.com/token',
    WM_CLIENT_ID: 'c',
    WM_CLIENT_SECRET: 'secret-value',
    WM_REFERENCE_LATENCY_MS: '5',
  };
  expect(() => loadConfig(remote)).toThrow(
    new UsageError('WM_REFERENCE_LATENCY_MS only applies to the embedded target: unset it or unset WM_BASE_URL'),
  );
});

test('npm run reference -- --latency takes milliseconds; anything else is one line and exit 2', () => {
  const cli = resolve(import.meta.dirname, 'cli.ts');
  const result = spawnSync(process.execPath, ['--import', 'tsx', cli, '--latency', 'slow'], {
    cwd: resolve(import.meta.dirname, '..'),
    encoding: 'utf8',
  });
  expect(result.status).toBe(2);
  expect(result.stderr).toBe('reference: --latency must be a whole number of milliseconds (0-10000), got "slow"\n');
});
