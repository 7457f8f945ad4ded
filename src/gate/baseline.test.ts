/**
 * Which baseline a run uses: names and paths in WM_BASELINE, the generation's committed file by
 * default, a skip (not an error) for an unknown generation, and one-line UsageErrors for a
 * missing or invalid file; the ignore list's loading.
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { useTempDir } from '../../test/support/temp-dir.ts';
import { UsageError } from '../core/errors.ts';
import { PROJECT_ROOT } from '../config/load.ts';
import { DEFAULT_IGNORE_FILE } from '../diff/ignore.ts';
import { BASELINES_DIR, baselineLabel, baselineLocation, isBaselineName, resolveRunBaseline } from './baseline.ts';
import { loadGateIgnores } from './ignores.ts';

const temp = useTempDir('wmct-baseline-');
const { file } = temp;

async function usageError(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => new Error('resolved'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UsageError);
  const message = error instanceof Error ? error.message : '';
  expect(message).not.toContain('\n');
  return message;
}

test('names and paths: a name is a committed baseline, a path is relative to the project root', () => {
  expect(isBaselineName('v1')).toBe(true);
  expect(isBaselineName('v1-versions')).toBe(true);
  expect(isBaselineName('v1.json')).toBe(false);
  expect(isBaselineName('baselines/v1')).toBe(false);
  expect(baselineLocation('v1-versions', 'v1')).toBe(join(BASELINES_DIR, 'v1-versions.json'));
  expect(baselineLocation('custom/staging.json', 'v1')).toBe(join(PROJECT_ROOT, 'custom', 'staging.json'));
  expect(baselineLocation('/abs/staging.yaml', 'v1')).toBe('/abs/staging.yaml');
  expect(baselineLocation(null, 'beta')).toBe(join(BASELINES_DIR, 'beta.json'));
  expect(baselineLocation(null, 'unknown')).toBeNull();
  expect(baselineLabel(join(BASELINES_DIR, 'v1.json'))).toBe('v1');
  expect(baselineLabel(join(PROJECT_ROOT, 'custom', 'b.json'))).toBe('custom/b.json');
});

test('the default is the committed baseline of the live generation; WM_BASELINE overrides it', async () => {
  expect(await resolveRunBaseline(null, 'v1')).toEqual({ file: join(BASELINES_DIR, 'v1.json') });
  expect(await resolveRunBaseline('beta', 'v1')).toEqual({ file: join(BASELINES_DIR, 'beta.json') });
  expect(await resolveRunBaseline('schemas/baselines/v1-versions.json', 'v1')).toEqual({
    file: join(BASELINES_DIR, 'v1-versions.json'),
  });
});

test('an unknown generation without WM_BASELINE skips the gate with the reason', async () => {
  const v2 = await resolveRunBaseline(null, 'v2');
  expect('skipReason' in v2 ? v2.skipReason : '').toMatch(
    /no baseline for API generation "v2" \(schemas\/baselines\/v2\.json\) and WM_BASELINE is not set/,
  );
  const unknown = await resolveRunBaseline(null, 'unknown');
  expect('skipReason' in unknown ? unknown.skipReason : '').toMatch(/generation is unknown .* WM_BASELINE is not set/);
});

test('a missing or invalid baseline file is one UsageError line naming it', async () => {
  expect(await usageError(resolveRunBaseline(temp.path('none.json'), 'v1'))).toBe(
    `WM_BASELINE=${temp.path('none.json')}: ${temp.path('none.json')} does not exist`,
  );
  expect(await usageError(resolveRunBaseline('v9', 'v1'))).toBe(
    'WM_BASELINE=v9: schemas/baselines/v9.json does not exist (committed baselines: beta, v1, v1-versions, v1-8.10, hub-v2)',
  );
  expect(await usageError(resolveRunBaseline(file('broken.json', '{"openapi": '), 'v1'))).toMatch(
    /^baseline .*broken\.json: the JSON document is truncated/,
  );
  expect(await usageError(resolveRunBaseline(file('other.json', '{"not": "an OpenAPI document"}'), 'v1'))).toMatch(
    /^baseline .*other\.json: not an OpenAPI document/,
  );
  const invalid = file(
    'invalid.json',
    JSON.stringify({ openapi: '3.0.1', info: { title: 'x' }, paths: { '/a': { get: { responses: {} } } } }),
  );
  expect(await usageError(resolveRunBaseline(invalid, 'v1'))).toMatch(
    /^baseline .*invalid\.json: does not match the OpenAPI 3\.0 meta-schema/,
  );
  expect(await usageError(resolveRunBaseline(temp.path(), 'v1'))).toMatch(/^baseline .* cannot be read \(EISDIR\)$/);
});

test('the ignore list: the default file, a named file, a missing or invalid one', () => {
  expect(loadGateIgnores(DEFAULT_IGNORE_FILE)).toEqual([]);
  const entries = [
    {
      id: 'api-removed-without-deprecation',
      operation: 'deleteFolder',
      reason: 'folders are deleted with their project',
    },
  ];
  expect(loadGateIgnores(file('ignore.json', JSON.stringify(entries)))).toEqual(entries);
  expect(() => loadGateIgnores(temp.path('no-ignore.json'))).toThrow(
    `WM_BREAKING_IGNORE: ${temp.path('no-ignore.json')} does not exist`,
  );
  expect(() => loadGateIgnores(file('bad-ignore.json', '{"id": "x"}'))).toThrow(/bad-ignore\.json is invalid/);
  expect(() =>
    loadGateIgnores(file('unknown-rule.json', JSON.stringify([{ id: 'no-such-rule', operation: '*', reason: 'r' }]))),
  ).toThrow(/unknown rule ID "no-such-rule"/);
});
