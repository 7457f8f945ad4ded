/**
 * The gate computed once by the global setup and read by every process: what it writes reads
 * back the same (the failing rules' titles with it), the cases without an outcome too, and a
 * file of another shape is refused, not declared from.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config/load.ts';
import { RULES } from '../diff/rules/index.ts';
import { committedV1, infoFlagsAsStrings } from '../../test/support/gate-documents.ts';
import { useTempDir } from '../../test/support/temp-dir.ts';
import { computeGate, sameGateInputs, writeGateFile } from './compute.ts';
import { gateFile, readGate } from './current.ts';
import { gateTests } from './tests.ts';

const tmp = useTempDir('wmct-gate-');

const context = {
  baselineFile: join(PROJECT_ROOT, 'schemas', 'baselines', 'v1.json'),
  baselineSkipReason: null,
  breakingIgnoreFile: join(PROJECT_ROOT, 'schemas', 'breaking-ignore.json'),
  gateFailOn: 'ERR',
  gateImplicitRequired: true,
} as const;

test('the gate written by the global setup reads back the same, with the failing rules titled', () => {
  const dir = tmp.path('run-a');
  mkdirSync(dir);
  const live = infoFlagsAsStrings(committedV1());
  writeGateFile(dir, computeGate(context, live));
  const gate = readGate(dir);
  expect(gate).toEqual(computeGate(context, live));
  if (!('outcome' in gate)) throw new Error(`no outcome: ${JSON.stringify(gate)}`);
  expect(gate.outcome.failing.length).toBeGreaterThan(0);
  for (const group of gate.outcome.failing)
    expect(gate.ruleTitles[group.rule]).toBe(RULES.find((r) => r.id === group.rule)?.description);
  expect(gateTests(gate).map((t) => t.title)).toContain(`${gate.outcome.failing[0]?.rule} · getInfo`);
});

test('no baseline, and a classifier that fails, are written as answers too', () => {
  const none = tmp.path('run-b');
  mkdirSync(none);
  writeGateFile(
    none,
    computeGate({ ...context, baselineFile: null, baselineSkipReason: 'no baseline for API generation "x"' }, {}),
  );
  expect(readGate(none)).toEqual({ skipReason: 'no baseline for API generation "x"' });
  const broken = tmp.path('run-c');
  mkdirSync(broken);
  writeGateFile(broken, computeGate({ ...context, baselineFile: tmp.file('broken.json', '{') }, committedV1()));
  expect(readGate(broken)).toMatchObject({ label: expect.stringContaining('broken.json'), error: expect.any(String) });
});

test('a gate file of another shape is refused', () => {
  const dir = tmp.path('run-d');
  mkdirSync(dir);
  writeFileSync(gateFile(dir), JSON.stringify({ outcome: { failing: 'none' } }));
  expect(() => readGate(dir)).toThrow(/gate\.json is not the gate the global setup writes/);
});

test('lanes share a gate only when baseline, ignore file and settings are the same', () => {
  expect(sameGateInputs(context, { ...context })).toBe(true);
  expect(sameGateInputs(context, { ...context, baselineFile: '/elsewhere/v1.json' })).toBe(false);
  expect(sameGateInputs(context, { ...context, breakingIgnoreFile: '/elsewhere/ignore.json' })).toBe(false);
  expect(sameGateInputs(context, { ...context, gateFailOn: 'WARN' })).toBe(false);
  expect(sameGateInputs(context, { ...context, gateImplicitRequired: false })).toBe(false);
});
