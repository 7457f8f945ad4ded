/**
 * The gate in whole suite runs against the embedded reference target, with a baseline that has a
 * response field the target no longer has — in its document or in its responses (an upgrade that
 * dropped it). The committed baselines declare no required response property, so by default the
 * gate reads their documented response properties as required: the run fails on
 * `response-required-property-removed · getInfo`, and the compliance report says why in one line.
 * With WM_GATE_IMPLICIT_REQUIRED=false the same run passes with the change recorded as WARN.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { isJsonObject, type JsonObject } from '../src/core/json.ts';
import { IMPLICIT_REQUIRED_NOTE } from '../src/diff/implicit-required.ts';
import { committedV1, infoWithOrganizationName } from './support/gate-documents.ts';
import { baselineText } from '../src/gate/update.ts';
import { runSuite, type SuiteRunResult } from '../src/mutation/run-suite.ts';

test.describe.configure({ mode: 'parallel', timeout: 600_000 });

const dir = mkdtempSync(join(tmpdir(), 'wmct-gate-implicit-'));
const baseline = join(dir, 'dropped-field.json');
writeFileSync(baseline, baselineText(infoWithOrganizationName(committedV1())));

function breakingOf(result: SuiteRunResult): JsonObject {
  const parsed: unknown = JSON.parse(readFileSync(result.complianceFile, 'utf8'));
  const section = isJsonObject(parsed) ? parsed.breaking : undefined;
  if (!isJsonObject(section)) throw new Error(`${result.complianceFile} has no breaking section: ${result.stderr}`);
  return section;
}

test('by default: the dropped field fails the run as response-required-property-removed, and the report says why', async () => {
  const result = await runSuite({
    reportsDir: join(dir, 'default'),
    env: { WM_BASELINE: baseline },
    args: ['--grep', '@breaking'],
  });
  const context = `${result.stderr}\n${result.stdout.slice(-2000)}`;
  expect({ failedChecks: result.failedChecks, unattributed: result.unattributed }, context).toEqual({
    failedChecks: ['response-required-property-removed'],
    unattributed: [],
  });
  expect(result.exitCode, context).toBe(1);
  const breaking = breakingOf(result);
  expect(breaking.counts).toEqual({ ERR: 1, WARN: 0, INFO: 0, ignored: 0 });
  expect(breaking.notes).toEqual([IMPLICIT_REQUIRED_NOTE]);
  expect(readFileSync(join(dir, 'default', 'compliance', 'index.html'), 'utf8')).toContain(
    'class="muted breaking-note"',
  );
});

test('WM_GATE_IMPLICIT_REQUIRED=false: read as written, the same run passes with a WARN and no note', async () => {
  const result = await runSuite({
    reportsDir: join(dir, 'off'),
    env: { WM_BASELINE: baseline, WM_GATE_IMPLICIT_REQUIRED: 'false' },
    args: ['--grep', '@breaking'],
  });
  const context = `${result.stderr}\n${result.stdout.slice(-2000)}`;
  expect({ failedChecks: result.failedChecks, unattributed: result.unattributed }, context).toEqual({
    failedChecks: [],
    unattributed: [],
  });
  expect(result.exitCode, context).toBe(0);
  const breaking = breakingOf(result);
  expect(breaking.counts).toEqual({ ERR: 0, WARN: 1, INFO: 0, ignored: 0 });
  expect(breaking.notes).toEqual([]);
});
