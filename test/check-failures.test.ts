/**
 * A test whose checks failed is failed by the run's first reporter, not in its worker, so the
 * worker is not replaced (src/run/check-failures.ts). The reports must be what they were when
 * the worker threw the failure: the same slice against the same faults, once the old way
 * (WMCT_CHECKS_FAIL_IN_WORKER=1) and once the new, every reporter on, one worker (so both run
 * the tests in the same order), give the same console output, exit code, compliance.json,
 * JUnit, Playwright HTML report (statuses, errors, attachments, the failed fixture step), Allure
 * results, blob and error-context files — except what differs per run (times, run ids, ports, the
 * ids the target made) and the run facts (`wmct-run`), which go out with the first test of every
 * worker: the old way starts a worker after each failed test.
 *
 * The slice has tests that fail on checks alone (null-creator-email: getProject answers a null
 * email), tests that throw as well (connection-reset: getFolder's connection is reset, a
 * transport failure, which also fails the `transport` check), a known deviation (the null email's
 * strict-nullable, accepted) and tests that pass (the /info tests).
 */
import { expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from '../src/config/load.ts';
import { isJsonObject } from '../src/core/json.ts';
import { runSuite, type SuiteRunResult } from '../src/mutation/run-suite.ts';
import { filesUnder, zipEntries } from '../src/report/scan/secret-scan.ts';

test.describe.configure({ timeout: 600_000 });

const RUN_FACTS = 'wmct-run';
const PER_RUN_KEYS = new Set([
  'durationMs',
  'startTime',
  'waitMs',
  'runId',
  'timings',
  'content-length',
  'date',
  'requestBody',
  'responseBody',
]);

function normalizeText(text: string, reportsDir: string): string {
  return text
    .replaceAll(reportsDir, '<reports>')
    .replaceAll(relative(PROJECT_ROOT, reportsDir), '<reports>')
    .replace(/http:\/\/127\.0\.0\.1:\d+/g, '<target>')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?/g, '<time>')
    .replace(/\d{8}T\d{6}-[a-z0-9]{6}/g, '<run>')
    .replace(/w\d+t\d+-/g, '<label>');
}

function normalized(value: unknown, reportsDir: string): unknown {
  if (typeof value === 'string') return normalizeText(value, reportsDir);
  if (Array.isArray(value)) return value.map((v: unknown) => normalized(v, reportsDir));
  if (isJsonObject(value))
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !PER_RUN_KEYS.has(k))
        .map(([k, v]) => [k, normalized(v, reportsDir)]),
    );
  return value;
}

function json(text: string | Buffer): unknown {
  return JSON.parse(text.toString());
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value.map((v: unknown) => v) : [];
}

function field(value: unknown, key: string): unknown {
  return isJsonObject(value) ? value[key] : undefined;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Attachment names, the run facts left out (they go with the first test of every worker). */
function names(attachments: unknown[]): string[] {
  return attachments.map((a) => text(field(a, 'name'))).filter((n) => n !== RUN_FACTS);
}

/** Per test: status, error messages, attachment names and the error of the failed fixture step, from the HTML report's embedded zip. */
async function htmlReport(reportsDir: string): Promise<Record<string, unknown>> {
  const page = readFileSync(join(reportsDir, 'playwright', 'index.html'), 'utf8');
  const base64 = /data:application\/zip;base64,([A-Za-z0-9+/=]+)/.exec(page)?.[1] ?? '';
  const out: Record<string, unknown> = {};
  for (const entry of await zipEntries(Buffer.from(base64, 'base64'))) {
    if (entry.name === 'report.json') continue;
    for (const t of list(field(json(entry.data), 'tests'))) {
      const result = list(field(t, 'results'))[0];
      const after = list(field(result, 'steps')).find((s) => field(s, 'title') === 'After Hooks');
      const fixture = list(field(after, 'steps')).find((s) => field(s, 'title') === 'Fixture "checks"');
      out[text(field(t, 'testId'))] = {
        status: field(result, 'status'),
        errors: list(field(result, 'errors')).map((e) => field(e, 'message')),
        attachments: names(list(field(result, 'attachments'))),
        afterHooksError: field(field(after, 'error'), 'message') ?? null,
        checksFixtureError: field(field(fixture, 'error'), 'message') ?? null,
      };
    }
  }
  return out;
}

interface BlobResult {
  status?: unknown;
  errors?: unknown;
  attachments: string[];
}

/** Per test, each of its results as the blob recorded it: status, errors and the attachments. */
async function blob(reportsDir: string): Promise<Record<string, BlobResult[]>> {
  const folder = join(reportsDir, 'blob');
  const zip = readdirSync(folder).find((f) => f.endsWith('.zip')) ?? '';
  const out: Record<string, BlobResult[]> = {};
  const results = new Map<string, BlobResult>();
  for (const entry of await zipEntries(readFileSync(join(folder, zip)))) {
    if (!entry.name.endsWith('.jsonl')) continue;
    for (const line of entry.data
      .toString('utf8')
      .split('\n')
      .filter((l) => l !== '')) {
      const event = json(line);
      const params = field(event, 'params');
      const method = field(event, 'method');
      if (method === 'onTestBegin') {
        const result: BlobResult = { attachments: [] };
        results.set(text(field(field(params, 'result'), 'id')), result);
        (out[text(field(params, 'testId'))] ??= []).push(result);
      }
      const result =
        results.get(text(field(params, 'resultId'))) ?? results.get(text(field(field(params, 'result'), 'id')));
      if (result === undefined) continue;
      if (method === 'onAttach') result.attachments.push(...names(list(field(params, 'attachments'))));
      if (method === 'onTestEnd') {
        result.status = field(field(params, 'result'), 'status');
        result.errors = field(field(params, 'result'), 'errors');
      }
    }
  }
  return out;
}

/** Per Allure result (by full name): status, status details and the attachment names (in steps too). */
function allure(reportsDir: string): Record<string, unknown> {
  const folder = join(reportsDir, 'allure-results');
  const out: Record<string, unknown> = {};
  const attachmentsOf = (node: unknown): string[] => [
    ...names(list(field(node, 'attachments'))),
    ...list(field(node, 'steps')).flatMap(attachmentsOf),
  ];
  for (const file of readdirSync(folder).filter((f) => f.endsWith('-result.json'))) {
    const result = json(readFileSync(join(folder, file)));
    out[text(field(result, 'fullName'))] = {
      status: field(result, 'status'),
      statusDetails: field(result, 'statusDetails'),
      attachments: attachmentsOf(result).sort(),
    };
  }
  return out;
}

/** Playwright's error-context.md of each failed test, by path under test-results. */
function errorContexts(reportsDir: string): Record<string, string> {
  const folder = join(reportsDir, 'test-results');
  const files = existsSync(folder) ? filesUnder(folder).filter((f) => f.endsWith('error-context.md')) : [];
  return Object.fromEntries(files.map((f) => [relative(folder, f), readFileSync(f, 'utf8')]));
}

function junit(reportsDir: string): string {
  return readFileSync(join(reportsDir, 'junit.xml'), 'utf8').replace(/ (time|timestamp)="[^"]*"/g, '');
}

function compliance(reportsDir: string): unknown {
  return json(readFileSync(join(reportsDir, 'compliance', 'compliance.json')));
}

async function reports(run: SuiteRunResult, reportsDir: string): Promise<Record<string, unknown>> {
  const raw: Record<string, unknown> = {
    exitCode: run.exitCode,
    console: run.stdout,
    compliance: compliance(reportsDir),
    junit: junit(reportsDir),
    html: await htmlReport(reportsDir),
    blob: await blob(reportsDir),
    allure: allure(reportsDir),
    errorContexts: errorContexts(reportsDir),
  };
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, normalized(v, reportsDir)]));
}

/** How many tests carry the run facts (the first test of every worker), from the blob. */
async function runFactsCarriers(reportsDir: string): Promise<number> {
  const folder = join(reportsDir, 'blob');
  const zip = readdirSync(folder).find((f) => f.endsWith('.zip')) ?? '';
  let count = 0;
  for (const entry of await zipEntries(readFileSync(join(folder, zip)))) {
    if (entry.name.endsWith('.jsonl')) count += entry.data.toString('utf8').split(`"name":"${RUN_FACTS}"`).length - 1;
  }
  return count;
}

test('tests failed on their checks by the runner give the reports of tests failed in their worker', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wmct-check-failures-'));
  const deviations = join(dir, 'known-deviations.json');
  writeFileSync(
    deviations,
    JSON.stringify([{ operationId: 'getProject', check: 'strict-nullable', reason: 'accepted for this test' }]),
  );
  const slice = {
    faults: ['connection-reset', 'null-creator-email'],
    softChecks: false,
    workers: 1,
    args: ['--grep', 'getProject|getFolder|@info'],
  };
  const env = { WMCT_QUIET: '0', WM_KNOWN_DEVIATIONS: deviations };
  const [inWorker, inRunner] = await Promise.all([
    runSuite({ ...slice, reportsDir: join(dir, 'worker'), env: { ...env, WMCT_CHECKS_FAIL_IN_WORKER: '1' } }),
    runSuite({ ...slice, reportsDir: join(dir, 'runner'), env }),
  ]);
  const before = await reports(inWorker, join(dir, 'worker'));
  const after = await reports(inRunner, join(dir, 'runner'));

  // The slice is what the header says: failures on checks alone, failures that threw too, passes.
  expect(inRunner.verdict, inRunner.stderr.slice(-2000)).toBe('FAIL');
  expect(inRunner.exitCode).toBe(1);
  expect(inRunner.failedChecks).toEqual(['schema', 'transport']);
  expect(inRunner.stdout).toMatch(
    /wm-conformance: FAIL — \d+ passed, \d+ failed, 0 skipped of \d+ tests; \d+ requests; 3 known deviation/,
  );
  expect(Object.keys(errorContexts(join(dir, 'runner'))).length).toBeGreaterThanOrEqual(7);
  // The old way started a new worker after each failed test, the new one only after those that threw.
  expect(await runFactsCarriers(join(dir, 'runner'))).toBeLessThan(await runFactsCarriers(join(dir, 'worker')));

  for (const key of Object.keys(before)) expect(after[key], `${key} is the same`).toEqual(before[key]);
});

test('where the runner cannot fail a test on its checks, its worker does: reporters replaced (--reporter), retries (--retries)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wmct-check-failures-'));
  const one = {
    faults: ['null-creator-email'],
    softChecks: false,
    args: ['--grep', 'getProject · GET /api/v1/projects/\\{projectId\\} · contract'],
  };
  const [replaced, retried] = await Promise.all([
    runSuite({ ...one, reportsDir: join(dir, 'replaced'), args: [...one.args, '--reporter=list'] }),
    runSuite({ ...one, reportsDir: join(dir, 'retried'), args: [...one.args, '--retries=1'], env: { WMCT_BLOB: '1' } }),
  ]);
  // Playwright's list reporter alone: no reporter of the suite marks the test, the worker failed it.
  expect(replaced.exitCode, replaced.stderr.slice(-2000)).toBe(1);
  expect(replaced.stdout).toContain('Error: failed checks:');
  expect(replaced.stdout).toMatch(/\b1 failed\b/);
  // Retried: the test failed in its worker both times (Playwright retries only those).
  expect(retried.exitCode, retried.stderr.slice(-2000)).toBe(1);
  const tests = Object.values(await blob(join(dir, 'retried')));
  expect(tests).toHaveLength(1);
  expect(tests[0]?.map((r) => r.status)).toEqual(['failed', 'failed']);
});
