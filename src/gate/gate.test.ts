/**
 * The gate's outcome on doctored copies of the v1 baseline: changes at or above the threshold
 * grouped by rule and operation, the rest by severity, ignored changes set aside; the report
 * attachment the reporters accept; and the tests the spec declares for each case.
 */
import { expect, test } from '@playwright/test';
import { isBreakingAttachment } from '../core/attachments.ts';
import { runGate, type GateInput } from './gate.ts';
import { withRuleTitles } from './compute.ts';
import { breakingAttachment } from './report.ts';
import {
  committedV1,
  infoFlagsAsStrings,
  infoWithOrganizationName,
  longerProjectNames,
} from '../../test/support/gate-documents.ts';
import { gateTests } from './tests.ts';

/**
 * Baseline with longer names and an extra info property; live with two info flags as strings.
 * Read as written (WM_GATE_IMPLICIT_REQUIRED=false), so the removed info property is WARN; the
 * default reading has its own tests (implicit-required.test.ts).
 */
function input(overrides: Partial<GateInput> = {}): GateInput {
  const v1 = committedV1();
  return {
    baseline: infoWithOrganizationName(longerProjectNames(v1)),
    live: infoFlagsAsStrings(v1),
    ignores: [],
    failOn: 'ERR',
    implicitRequired: false,
    label: 'v1',
    ...overrides,
  };
}

function summary(groups: readonly { changes: readonly { id: string; location: string }[] }[]): string[][] {
  return groups.map((g) => g.changes.map((c) => `${c.id} ${c.location}`));
}

test('ERR changes are grouped by rule and operation; WARN and INFO are recorded by severity', () => {
  const outcome = runGate(input());
  expect(outcome.failing.map((g) => `${g.rule} · ${g.subject}`)).toEqual([
    'request-property-max-length-decreased · createProject',
    'response-property-type-changed · getInfo',
  ]);
  expect(summary(outcome.failing)).toEqual([
    ['request-property-max-length-decreased request body application/json /name'],
    [
      'response-property-type-changed response 200 application/json /createPermission',
      'response-property-type-changed response 200 application/json /readPermission',
    ],
  ]);
  expect(outcome.recorded.map((g) => [g.severity, g.changes.map((c) => `${c.id} ${c.operation ?? ''}`)])).toEqual([
    ['WARN', ['response-optional-property-removed getInfo']],
  ]);
  expect(outcome.result.counts).toEqual({ ERR: 3, WARN: 1, INFO: 0 });
});

test('WM_GATE_FAIL_ON=WARN fails on the WARN change too', () => {
  const outcome = runGate(input({ failOn: 'WARN' }));
  expect(outcome.failing.map((g) => g.rule)).toEqual([
    'request-property-max-length-decreased',
    'response-property-type-changed',
    'response-optional-property-removed',
  ]);
  expect(outcome.recorded).toEqual([]);
});

test('ignored changes leave the gate but stay in the report with their reason', () => {
  const reason = 'project names are limited on purpose';
  const outcome = runGate(
    input({ ignores: [{ id: 'request-property-max-length-decreased', operation: 'createProject', reason }] }),
  );
  expect(outcome.failing.map((g) => g.rule)).toEqual(['response-property-type-changed']);
  const report = breakingAttachment(outcome);
  expect(report.counts).toEqual({ ERR: 2, WARN: 1, INFO: 0, ignored: 1 });
  expect(report.ignored).toEqual([
    expect.objectContaining({ id: 'request-property-max-length-decreased', operation: 'createProject', reason }),
  ]);
});

test('the wmct-breaking attachment is what the reporters accept, fragments included', () => {
  const report = breakingAttachment(runGate(input()));
  expect(isBreakingAttachment(report)).toBe(true);
  expect(report.baseline).toBe('v1');
  expect(report.failOn).toBe('ERR');
  expect(report.changes).toContainEqual(
    expect.objectContaining({
      id: 'response-property-type-changed',
      operation: 'getInfo',
      method: 'GET',
      path: '/api/v1/info',
      oldFragment: 'boolean',
      newFragment: 'string',
    }),
  );
});

test('declared tests: a summary, one failing test per rule and operation, one per lower severity', () => {
  const titles = gateTests(withRuleTitles(runGate(input()))).map((t) => t.title);
  expect(titles).toEqual([
    'classified changes against v1',
    'request-property-max-length-decreased · createProject',
    'response-property-type-changed · getInfo',
    'WARN changes against v1',
  ]);
  const v1 = committedV1();
  expect(gateTests(withRuleTitles(runGate({ ...input(), baseline: v1, live: v1 }))).map((t) => t.title)).toEqual([
    'no breaking changes against v1',
  ]);
  expect(gateTests({ skipReason: 'no baseline for API generation "v2"' }).map((t) => t.title)).toEqual([
    'breaking changes · no baseline',
  ]);
  expect(gateTests({ label: 'v1', error: 'boom' }).map((t) => t.title)).toEqual([
    'breaking changes · cannot classify against v1',
  ]);
  for (const t of gateTests(withRuleTitles(runGate(input())))) expect(t.details.tag).toEqual(['@breaking']);
});
