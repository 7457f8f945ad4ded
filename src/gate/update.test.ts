/**
 * `npm run baseline:update`: against the embedded reference target it writes the served document
 * where the run looks for the baseline, shows the changes against the current one first, writes
 * nothing on --dry-run, and stops with one line (exit 2) on bad input.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { useTempDir } from '../../test/support/temp-dir.ts';
import { PROJECT_ROOT } from '../config/load.ts';
import { childEnv } from '../mutation/run-suite.ts';
import { BASELINES_DIR } from './baseline.ts';
import { committedV1, longerProjectNames } from '../../test/support/gate-documents.ts';
import { baselineText, updateBaseline, type UpdateOptions } from './update.ts';

const temp = useTempDir('wmct-update-');

function options(env: UpdateOptions['env'], dryRun = false): UpdateOptions & { printed: () => string } {
  let printed = '';
  return { env, dryRun, out: (text) => (printed += text), printed: () => printed };
}

test('a new baseline: the served document, written where WM_BASELINE points', async () => {
  const file = temp.path('new', 'beta.json');
  const run = options({ WM_REFERENCE_GENERATION: 'beta', WM_BASELINE: file });
  const result = await updateBaseline(run);
  expect(result).toEqual({ file, generation: 'beta', written: true, changes: null });
  expect(readFileSync(file, 'utf8')).toBe(readFileSync(join(BASELINES_DIR, 'beta.json'), 'utf8'));
  expect(run.printed()).toContain('the live document becomes the first one');
  expect(run.printed()).toContain(`Wrote ${file} (API generation beta, 25 operations)`);
});

test('an existing baseline: the changes are shown, then replaced; --dry-run only shows', async () => {
  const file = temp.path('doctored.json');
  const doctored = baselineText(longerProjectNames(committedV1()));
  writeFileSync(file, doctored);
  const dry = options({ WM_BASELINE: file }, true);
  const shown = await updateBaseline(dry);
  expect(shown.written).toBe(false);
  expect(shown.changes?.changes.map((c) => `${c.id} ${c.operation ?? ''}`)).toEqual([
    'request-property-max-length-decreased createProject',
  ]);
  expect(dry.printed()).toContain('ERR (1)');
  expect(dry.printed()).toContain(`Dry run: ${file} not written.`);
  expect(readFileSync(file, 'utf8')).toBe(doctored);
  const written = await updateBaseline(options({ WM_BASELINE: file }));
  expect(written.written).toBe(true);
  expect(readFileSync(file, 'utf8')).toBe(readFileSync(join(BASELINES_DIR, 'v1.json'), 'utf8'));
});

test('the committed baseline of the generation by default (dry run: no change against it)', async () => {
  const run = options({ WM_REFERENCE_GENERATION: 'v1-versions' }, true);
  const result = await updateBaseline(run);
  expect(result.file).toBe(join(BASELINES_DIR, 'v1-versions.json'));
  expect(result.changes?.changes).toEqual([]);
  expect(run.printed()).toContain('No changes.');
});

test('an unreadable current baseline is reported and replaced', async () => {
  const file = temp.path('garbage.json');
  writeFileSync(file, 'not json {');
  const run = options({ WM_BASELINE: file });
  expect((await updateBaseline(run)).written).toBe(true);
  expect(run.printed()).toMatch(
    /The current baseline cannot be read \(baseline .*garbage\.json: expected an OpenAPI document \(an object\), got a string\); it is replaced\./,
  );
});

test('bad input: one line and exit 2, nothing written', () => {
  const script = join(PROJECT_ROOT, 'src', 'cli', 'baseline-update.ts');
  const tsx = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
  const run = (args: readonly string[], env: Record<string, string>): ReturnType<typeof spawnSync> =>
    spawnSync(tsx, [script, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', env: childEnv(env) });
  const cases: [readonly string[], Record<string, string>, RegExp][] = [
    [['--force'], {}, /^wm-conformance: baseline:update: Unknown option '--force'.*usage: npm run baseline:update/],
    [
      [],
      { WM_BREAKING_IGNORE: temp.path('missing-ignore.json') },
      /^wm-conformance: WM_BREAKING_IGNORE: .*missing-ignore\.json does not exist\n$/,
    ],
    [
      [],
      { WM_REFERENCE_FAULTS: 'no-such-fault', WM_BASELINE: temp.path('never.json') },
      /^wm-conformance: WM_REFERENCE_FAULTS: unknown fault no-such-fault/,
    ],
  ];
  for (const [args, env, line] of cases) {
    const result = run(args, env);
    expect(result.status, String(result.stderr)).toBe(2);
    expect(String(result.stderr)).toMatch(/^[^\n]+\n$/);
    expect(String(result.stderr)).toMatch(line);
  }
  expect(existsSync(temp.path('never.json'))).toBe(false);
});
