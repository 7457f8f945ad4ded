/**
 * The breaking-change gate inside a suite run against the embedded reference target: with the
 * committed baseline it passes (asserted on the mutation test's clean v1 run, the same whole run:
 * test/mutation.test.ts); with a doctored baseline (WM_BASELINE) it fails on exactly the
 * expected rule, as a failed test named after the rule and the operation whose failed check is
 * the rule ID; a WARN change is recorded but fails only with WM_GATE_FAIL_ON=WARN; the ignore file
 * accepts a change. The compliance report carries the gate's section in every case.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { committedV1, infoWithOrganizationName, longerProjectNames } from './support/gate-documents.ts';
import { baselineText } from '../src/gate/update.ts';
import { runSuite, type SuiteRunOptions, type SuiteRunResult } from '../src/mutation/run-suite.ts';
import { isJsonObject, type JsonObject } from '../src/core/json.ts';

test.describe.configure({ mode: 'parallel', timeout: 600_000 });

const dir = mkdtempSync(join(tmpdir(), 'wmct-gate-'));
const GATE_ONLY = ['--grep', '@breaking'];

function baselineFile(name: string, doc: JsonObject): string {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, baselineText(doc));
  return file;
}

function run(name: string, options: Omit<SuiteRunOptions, 'reportsDir'> = {}): Promise<SuiteRunResult> {
  return runSuite({ reportsDir: join(dir, name), ...options });
}

function compliance(result: SuiteRunResult): JsonObject {
  const parsed: unknown = JSON.parse(readFileSync(result.complianceFile, 'utf8'));
  if (!isJsonObject(parsed)) throw new Error(`${result.complianceFile} is not a JSON object`);
  return parsed;
}

/** The compliance report's breaking-change section: baseline and counts. */
function breakingOf(result: SuiteRunResult): { baseline: unknown; counts: unknown; ignored: unknown } {
  const section = compliance(result).breaking;
  return isJsonObject(section)
    ? { baseline: section.baseline, counts: section.counts, ignored: section.ignored }
    : { baseline: null, counts: null, ignored: null };
}

/** Title → status of the gate's tests (spec file specs/breaking-changes.spec.ts). */
function gateTests(result: SuiteRunResult): Record<string, unknown> {
  const tests = compliance(result).tests;
  const out: Record<string, unknown> = {};
  for (const t of Array.isArray(tests) ? tests : []) {
    if (isJsonObject(t) && typeof t.title === 'string' && t.file === 'specs/breaking-changes.spec.ts')
      out[t.title] = t.status;
  }
  return out;
}

function expectVerdict(result: SuiteRunResult, failedChecks: readonly string[]): void {
  const context = `${result.stderr}\n${result.stdout.slice(-2000)}`;
  expect({ failedChecks: result.failedChecks, unattributed: result.unattributed }, context).toEqual({
    failedChecks,
    unattributed: [],
  });
  expect(result.exitCode, context).toBe(failedChecks.length === 0 ? 0 : 1);
}

test('the whole suite with a doctored baseline: fails on exactly that rule, as a failed test named after it', async () => {
  const baseline = baselineFile('longer-names', longerProjectNames(committedV1()));
  const result = await run('doctored', { env: { WM_BASELINE: baseline }, softChecks: false });
  expectVerdict(result, ['request-property-max-length-decreased']);
  expect(gateTests(result)).toEqual({
    [`classified changes against ${baseline}`]: 'passed',
    'request-property-max-length-decreased · createProject': 'failed',
  });
  expect(breakingOf(result).counts).toEqual({ ERR: 1, WARN: 0, INFO: 0, ignored: 0 });
});

test('a WARN change is recorded and passes; with WM_GATE_FAIL_ON=WARN it fails', async () => {
  const baseline = baselineFile('extra-info', infoWithOrganizationName(committedV1()));
  // Read as written: by default the removed response property is ERR (test/gate-implicit-required.test.ts).
  const env = { WM_BASELINE: baseline, WM_GATE_IMPLICIT_REQUIRED: 'false' };
  const [byDefault, raised] = await Promise.all([
    run('warn-default', { env, args: GATE_ONLY }),
    run('warn-raised', { env: { ...env, WM_GATE_FAIL_ON: 'WARN' }, args: GATE_ONLY }),
  ]);
  expectVerdict(byDefault, []);
  expect(gateTests(byDefault)).toEqual({
    [`classified changes against ${baseline}`]: 'passed',
    [`WARN changes against ${baseline}`]: 'passed',
  });
  expect(breakingOf(byDefault).counts).toEqual({ ERR: 0, WARN: 1, INFO: 0, ignored: 0 });
  expectVerdict(raised, ['response-optional-property-removed']);
  expect(Object.keys(gateTests(raised))).toContain('response-optional-property-removed · getInfo');
});

test('the ignore file accepts a breaking change: the gate passes and counts it as ignored', async () => {
  const ignore = join(dir, 'ignore.json');
  writeFileSync(
    ignore,
    JSON.stringify([
      {
        id: 'request-property-max-length-decreased',
        operation: 'POST /api/v1/projects',
        reason: 'names were never longer than 255',
      },
    ]),
  );
  const baseline = baselineFile('longer-names-ignored', longerProjectNames(committedV1()));
  const result = await run('ignored', { env: { WM_BASELINE: baseline, WM_BREAKING_IGNORE: ignore }, args: GATE_ONLY });
  expectVerdict(result, []);
  expect(gateTests(result)).toEqual({ [`classified changes against ${baseline}`]: 'passed' });
  expect(breakingOf(result).counts).toEqual({ ERR: 0, WARN: 0, INFO: 0, ignored: 1 });
  expect(breakingOf(result).ignored).toEqual([
    expect.objectContaining({
      id: 'request-property-max-length-decreased',
      operation: 'createProject',
      reason: 'names were never longer than 255',
    }),
  ]);
});
