/**
 * The target kind and organization-wide changes on a real Hub (a standalone Self-Managed
 * reference target, which the suite treats as real), on the cluster operations only
 * (`--grep @clusters`): told the target is SaaS (WM_TARGET_KIND=saas), the Self-Managed-only
 * cluster operations are skipped in every family, saying so; told it is Self-Managed without
 * WM_ALLOW_ORGANIZATION_CHANGES, the registrations are read and the usage metrics of a
 * registered cluster judged, but registering and removing are skipped, saying why — and the
 * registry is left as it was.
 */
import { expect, test } from '@playwright/test';
import { standaloneTarget, startSuite } from './support/standalone.ts';
import { rowsOf, type Row } from './support/report/compliance-rows.ts';

test('target kind: a SaaS target skips the Self-Managed-only cluster operations, saying so', async () => {
  test.setTimeout(300_000);
  const target = await standaloneTarget({ generation: 'hub-v2' });
  try {
    const run = startSuite(target, { WM_TARGET_KIND: 'saas', WM_ALLOW_ORGANIZATION_CHANGES: 'true' }, [
      '--grep',
      '@clusters',
    ]);
    const exit = await run.exited;
    expect(exit.code, run.output().slice(-3000)).toBe(0);
    const rows = rowsOf(run.reportsDir);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.status, `${row.operation} ${row.family}`).toBe('skipped');
      expect(row.skipReason ?? '').toMatch(
        /is Self-Managed-only \(x-availability\), and the target is SaaS \(WM_TARGET_KIND=saas\): not run/,
      );
    }
  } finally {
    await target.stop();
  }
});

test('organization-wide changes: without the setting registrations are read, never made or removed', async () => {
  test.setTimeout(300_000);
  const target = await standaloneTarget({ generation: 'hub-v2' });
  try {
    const before = target.stats().resources;
    const run = startSuite(target, { WM_TARGET_KIND: 'self-managed' }, ['--grep', '@clusters']);
    const exit = await run.exited;
    expect(exit.code, run.output().slice(-3000)).toBe(0);
    const rows = rowsOf(run.reportsDir);
    const contract = (op: string): Row | undefined => rows.find((r) => r.operation === op && r.family === 'contract');
    expect(contract('getClusterRegistrations')?.status).toBe('passed');
    for (const op of ['createClusterRegistration', 'removeClusterRegistration']) {
      expect(contract(op)?.status, op).toBe('skipped');
      expect(contract(op)?.skipReason ?? '').toMatch(/runs only with WM_ALLOW_ORGANIZATION_CHANGES=true/);
    }
    // No cluster registered on the target: the usage metrics have none to read, said so.
    expect(contract('getClusterUsageMetrics')?.skipReason ?? '').toMatch(/no cluster is registered on the target/);
    expect(target.stats().resources).toEqual(before);
  } finally {
    await target.stop();
  }
});
