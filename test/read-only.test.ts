/**
 * Read-only mode (WM_READ_ONLY=true) sends no request that creates, changes or deletes anything:
 * the reference target counts every request by operation, and only reads (GETs, searches, info)
 * and methods that change nothing (GET, HEAD, OPTIONS of unsupported-method) may appear; the data
 * is untouched; what was not run is skipped with the reason.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningReferenceTarget } from '../reference/target.ts';
import { standaloneTarget, startSuite } from './support/standalone.ts';

async function seed(target: RunningReferenceTarget): Promise<void> {
  const token = await target.mintToken('full', 600);
  const api = async (method: string, path: string, body: unknown): Promise<Record<string, unknown>> => {
    const res = await fetch(`${target.baseUrl}${target.apiPrefix}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    expect(res.status, `${method} ${path}: ${text}`).toBeLessThan(300);
    const parsed: unknown = text === '' ? {} : JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? Object.fromEntries(Object.entries(parsed)) : {};
  };
  const project = await api('POST', '/projects', { name: 'existing project' });
  const folder = await api('POST', '/folders', { name: 'existing folder', projectId: project.id });
  const file = await api('POST', '/files', {
    name: 'existing.bpmn',
    folderId: folder.id,
    fileType: 'bpmn',
    content: '<definitions/>',
  });
  await api('POST', '/milestones', { name: 'existing milestone', fileId: file.id });
  await api('PUT', '/collaborators', { email: target.collaboratorEmail, projectId: project.id, role: 'viewer' });
}

const READS = /^(get|search|compare)[A-Z]|^getInfo$/;

test('read-only mode sends no mutating request and changes nothing', async () => {
  const target = await standaloneTarget();
  try {
    await seed(target);
    const before = target.stats().resources;
    target.resetStats();
    const run = startSuite(target, { WM_READ_ONLY: 'true' });
    const exit = await run.exited;
    expect(exit.code, run.output().slice(-3000)).toBe(0);

    const stats = target.stats();
    const called = Object.keys(stats.requestsByOperation);
    expect(called.length, 'the read-only run must still read').toBeGreaterThan(5);
    // "(none)": methods a path does not have, refused (unsupported-method); in read-only mode only
    // GET, HEAD and OPTIONS are sent for it, and every POST is a search.
    expect(called.filter((op) => op !== '(none)' && !READS.test(op))).toEqual([]);
    expect(Object.keys(stats.requestsByMethod).sort()).toEqual(['GET', 'HEAD', 'OPTIONS', 'POST']);
    const searches = Object.entries(stats.requestsByOperation)
      .filter(([op]) => op.startsWith('search'))
      .reduce((n, [, count]) => n + count, 0);
    expect(stats.requestsByMethod.POST).toBe(searches);
    expect(stats.resources).toEqual(before);

    const report: unknown = JSON.parse(readFileSync(join(run.reportsDir, 'compliance', 'compliance.json'), 'utf8'));
    const tests =
      typeof report === 'object' && report !== null && 'tests' in report && Array.isArray(report.tests)
        ? report.tests
        : [];
    const skipped = tests.filter(
      (t: unknown) => typeof t === 'object' && t !== null && 'status' in t && t.status === 'skipped',
    );
    expect(skipped.length).toBeGreaterThan(0);
    for (const t of skipped) {
      expect(t).toHaveProperty('skipReason');
      expect(JSON.stringify(t)).toMatch(/WM_READ_ONLY|read-only/);
    }
  } finally {
    await target.stop();
  }
});
