/**
 * The gate with WM_GATE_IMPLICIT_REQUIRED on (the default): the committed v1 baseline declares no
 * required response property, so an upgrade that drops a response field (from the document and
 * from its responses) fails the gate as `response-required-property-removed`, and the gate's
 * attachment, its text, the compliance model and the compliance page say why in one line. Off,
 * the same change is the old WARN that passes.
 */
import { expect, test } from '@playwright/test';
import { loadConfig } from '../config/load.ts';
import { classify } from '../diff/classify-changes.ts';
import { IMPLICIT_REQUIRED_NOTE } from '../diff/implicit-required.ts';
import { formatText } from '../diff/format.ts';
import { FACTS, record } from '../../test/support/report/records.ts';
import { buildReportModel } from '../report/model/model.ts';
import { renderCompliancePage } from '../report/page/index.ts';
import { isBreakingAttachment } from '../core/attachments.ts';
import { baselineFileOf, readBaseline } from './baseline.ts';
import { runGate, type GateInput } from './gate.ts';
import { withRuleTitles } from './compute.ts';
import { breakingAttachment } from './report.ts';
import { committedV1, infoWithOrganizationName } from '../../test/support/gate-documents.ts';
import { gateTests } from './tests.ts';

/** Baseline: v1 with an extra info property (organizationName); live: v1 as served — the property was dropped. */
function input(implicitRequired: boolean): GateInput {
  const v1 = committedV1();
  return {
    baseline: infoWithOrganizationName(v1),
    live: v1,
    ignores: [],
    failOn: 'ERR',
    implicitRequired,
    label: 'v1',
  };
}

test('WM_GATE_IMPLICIT_REQUIRED: on by default, false turns it off, anything else is one line', () => {
  expect(loadConfig({}).gateImplicitRequired).toBe(true);
  expect(loadConfig({ WM_GATE_IMPLICIT_REQUIRED: 'false' }).gateImplicitRequired).toBe(false);
  expect(loadConfig({ WM_GATE_IMPLICIT_REQUIRED: 'TRUE' }).gateImplicitRequired).toBe(true);
  expect(() => loadConfig({ WM_GATE_IMPLICIT_REQUIRED: 'sometimes' })).toThrow(
    'WM_GATE_IMPLICIT_REQUIRED="sometimes" must be true or false',
  );
});

test('a dropped response field fails the gate as response-required-property-removed, and the outcome says why', () => {
  const outcome = runGate(input(true));
  expect(outcome.failing.map((g) => `${g.rule} · ${g.subject}`)).toEqual([
    'response-required-property-removed · getInfo',
  ]);
  expect(outcome.failing[0]?.changes.map((c) => c.location)).toEqual([
    'response 200 application/json /organizationName',
  ]);
  expect(outcome.recorded).toEqual([]);
  expect(gateTests(withRuleTitles(outcome)).map((t) => t.title)).toEqual([
    'classified changes against v1',
    'response-required-property-removed · getInfo',
  ]);
  expect(formatText(outcome.result)).toContain(`\nNote: ${IMPLICIT_REQUIRED_NOTE}\n`);
  const report = breakingAttachment(outcome);
  expect(isBreakingAttachment(report)).toBe(true);
  expect(report.notes).toEqual([IMPLICIT_REQUIRED_NOTE]);
});

test('off: the same change is the WARN that passes the default gate, and no note', () => {
  const outcome = runGate(input(false));
  expect(outcome.failing).toEqual([]);
  expect(outcome.recorded.map((g) => [g.severity, g.changes.map((c) => c.id)])).toEqual([
    ['WARN', ['response-optional-property-removed']],
  ]);
  expect(breakingAttachment(outcome).notes).toEqual([]);
});

test('the compliance model and page carry the note; an attachment without notes has none', () => {
  const report = breakingAttachment(runGate(input(true)));
  if (!isBreakingAttachment(report)) throw new Error('not a breaking report');
  const model = buildReportModel({
    tests: [record('breaking changes · gate', { family: 'breaking', breaking: report })],
    facts: FACTS,
  });
  expect(model.breaking?.notes).toEqual([IMPLICIT_REQUIRED_NOTE]);
  expect(renderCompliancePage(model)).toContain(
    '<p class="muted breaking-note">the baseline declares no required response property:',
  );
  const older = buildReportModel({
    tests: [
      record('breaking changes · gate', {
        family: 'breaking',
        breaking: { baseline: 'v1', counts: { ERR: 0 }, changes: [] },
      }),
    ],
    facts: FACTS,
  });
  expect(older.breaking?.notes).toEqual([]);
  expect(renderCompliancePage(older)).not.toContain('breaking-note');
});

test('the upgrade rehearsal (beta → v1 → v1-versions) and each committed baseline against itself classify the same when read so', () => {
  const committed = (generation: 'beta' | 'v1' | 'v1-versions') => readBaseline(baselineFileOf(generation));
  const brief = (result: ReturnType<typeof classify>): string[] =>
    result.changes.map((c) => `${c.severity} ${c.id} ${c.operation ?? '-'} ${c.location}`);
  for (const [from, to] of [
    ['beta', 'v1'],
    ['v1', 'v1-versions'],
    ['v1', 'v1'],
    ['v1-versions', 'v1-versions'],
  ] as const) {
    const read = classify(committed(from), committed(to), { implicitRequired: true });
    expect(read.implicitRequired, `${from} declares no required response property`).toBe(true);
    expect(brief(read), `${from} → ${to}`).toEqual(brief(classify(committed(from), committed(to))));
  }
});
