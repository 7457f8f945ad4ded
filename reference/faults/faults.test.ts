/**
 * The fault catalog: well-formed entries, one fault at least per behaviour knob, a clear error
 * for unknown names, and for every fault a probe showing that it changes exactly the behaviour it
 * names (faithful target one way, faulty target the other).
 */
import { expect, test } from '@playwright/test';
import { DEFAULT_BEHAVIOUR } from '../simulator/behaviour.ts';
import { startReferenceTarget, type Generation, type RunningReferenceTarget } from '../target.ts';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTempDir } from '../../test/support/temp-dir.ts';
import { activateFaults, FAULTS, faultTable, withFaultTable } from './catalog.ts';
import { isKnownCheckId } from '../../src/checks/known-ids.ts';
import { PROBES, probeContext } from '../../test/support/fault-probes.ts';

const faithful = new Map<string, RunningReferenceTarget>();

test.afterAll(async () => {
  await Promise.all([...faithful.values()].map((t) => t.stop()));
  faithful.clear();
});

async function faithfulTarget(generation: Generation | readonly Generation[]): Promise<RunningReferenceTarget> {
  const running = faithful.get(String(generation)) ?? (await startReferenceTarget({ generation }));
  faithful.set(String(generation), running);
  return running;
}

test('catalog entries are well-formed and their catches are known check IDs', () => {
  const names = FAULTS.map((f) => f.name);
  expect(new Set(names).size).toBe(names.length);
  for (const fault of FAULTS) {
    expect(fault.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(fault.description).not.toContain('\n');
    expect(fault.description.length).toBeGreaterThan(10);
    expect(fault.catches.length, fault.name).toBeGreaterThan(0);
    expect(
      fault.catches.filter((id) => !isKnownCheckId(id)),
      fault.name,
    ).toEqual([]);
    expect(
      fault.behaviour !== undefined ||
        fault.hub !== undefined ||
        fault.respond !== undefined ||
        fault.document !== undefined,
      fault.name,
    ).toBe(true);
  }
});

test('the fault table of reference/README.md is the catalog (npm run reference:table rewrites it)', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
  expect(readme, 'run npm run reference:table').toContain(faultTable());
});

test('withFaultTable replaces a stale table and keeps the text around it; no table is an error', () => {
  const one = FAULTS.slice(0, 1);
  const stale = [
    '# Faults',
    '',
    'Intro.',
    '',
    '| fault | misbehaviour | catches | made of |',
    '|---|---|---|---|',
    '| `gone` | old | `x` | behaviour |',
    '| `older` | old | `y` | respond |',
    '',
    'After.',
    '',
  ].join('\n');
  expect(withFaultTable(stale, one)).toBe(['# Faults', '', 'Intro.', '', faultTable(one), '', 'After.', ''].join('\n'));
  expect(withFaultTable(withFaultTable(stale, one), one)).toBe(withFaultTable(stale, one));
  expect(() => withFaultTable('# Faults\n\nNo table.\n')).toThrow(/has no fault table/);
});

const temp = useTempDir('wmct-table-');

test('npm run reference:table rewrites a stale table, then finds it up to date; a file without one is one line, exit 2', async () => {
  const file = temp.file(
    'README.md',
    'Intro.\n\n| fault | misbehaviour | catches | made of |\n|---|---|---|---|\n| `gone` | old | `x` | behaviour |\n\nAfter.\n',
  );
  const first = await runTableCli(file);
  expect(first.code, first.output).toBe(0);
  expect(first.output).toMatch(/fault table rewritten \(\d+ faults\)/);
  expect(readFileSync(file, 'utf8')).toBe(`Intro.\n\n${faultTable()}\n\nAfter.\n`);
  const second = await runTableCli(file);
  expect(second.output).toMatch(/the fault table is up to date/);
  writeFileSync(file, 'No table here.\n');
  const bad = await runTableCli(file);
  expect(bad.code).toBe(2);
  expect(bad.output.trim().split('\n')).toEqual([
    expect.stringMatching(/^wm-conformance: .*README\.md: has no fault table/),
  ]);
  const missing = await runTableCli(temp.path('nothing.md'));
  expect(missing.code).toBe(2);
  expect(missing.output.trim()).toMatch(/^wm-conformance: .*nothing\.md: does not exist$/);
});

test('every behaviour knob is switched by at least one fault', () => {
  const switched = new Set(FAULTS.flatMap((f) => Object.keys(f.behaviour ?? {})));
  expect(Object.keys(DEFAULT_BEHAVIOUR).filter((knob) => !switched.has(knob))).toEqual([]);
});

test('every fault has a probe and every probe a fault', () => {
  expect(Object.keys(PROBES).sort()).toEqual(FAULTS.map((f) => f.name).sort());
});

test('an unknown fault name is an error that lists the known names', async () => {
  expect(() => activateFaults(['no-such-fault'])).toThrow(
    /Unknown fault "no-such-fault"\. Known faults: .*soft-delete/,
  );
  await expect(startReferenceTarget({ faults: ['no-such-fault'] })).rejects.toThrow(/Known faults:/);
});

test('faults combine: knobs merge and response rewrites chain', () => {
  const active = activateFaults(['soft-delete', 'search-needs-create', 'drop-operation', 'wrong-type', 'create-201']);
  expect(active.behaviour.softDelete).toBe(true);
  expect(active.behaviour.permissionOverrides.searchFiles).toBe('create');
  expect(active.behaviour.disabledOperations).toEqual(['deleteFolder']);
  const response = active.respond(
    { status: 200, headers: {}, body: { simplePath: 'p/f', revision: 1 } },
    { operationId: 'createFile', method: 'POST', path: '/api/v1/files' },
  );
  expect(response).toEqual({ status: 201, headers: {}, body: { simplePath: 'p/f', revision: '1' } });
});

for (const fault of FAULTS) {
  test(`fault ${fault.name}: ${fault.description}`, async () => {
    const probe = PROBES[fault.name];
    expect(probe, `a probe for ${fault.name}`).toBeDefined();
    if (probe === undefined) return;
    const tag = `probe-${fault.name}-${String(Date.now())}`;
    // A fault of both APIs on one store: a target serving v1-8.10 and hub-v2 side by side.
    const generation: Generation | readonly Generation[] =
      fault.bothApis === true ? ['v1-8.10', 'hub-v2'] : (fault.generation ?? 'v1');
    expect(await probe.run(await probeContext(await faithfulTarget(generation), tag)), 'faithful target').toEqual(
      adjust(probe.faithful, tag),
    );
    const faulty = await startReferenceTarget({ faults: [fault.name], generation });
    try {
      expect(faulty.faults).toEqual([fault.name]);
      expect(await probe.run(await probeContext(faulty, tag)), 'faulty target').toEqual(adjust(probe.faulty, tag));
    } finally {
      await faulty.stop();
    }
  });
}

/** Probe expectations may name tagged values by their suffix ("-a" stands for `${tag}-a`). */
function adjust(expected: unknown, tag: string): unknown {
  if (!Array.isArray(expected)) return expected;
  return expected.map((e: unknown) => (typeof e === 'string' && e.startsWith('-') ? `${tag}${e}` : e));
}

/** Runs the table CLI through tsx on `file`: exit code and everything it printed. */
function runTableCli(file: string): Promise<{ code: number; output: string }> {
  const root = join(import.meta.dirname, '..', '..');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(import.meta.dirname, 'table-cli.ts'), file],
      { cwd: root },
      (error, stdout, stderr) => {
        resolve({
          code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1,
          output: `${stdout}${stderr}`,
        });
      },
    );
  });
}
