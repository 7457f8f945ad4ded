import { expect, test } from '@playwright/test';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { makeTempRoot } from './temp-root.ts';

test('the run-wide temporary root takes every temporary folder and is removed whole', () => {
  const root = makeTempRoot(tmpdir(), {});
  expect(dirname(root.path)).toBe(tmpdir());
  expect(root.env.TMPDIR).toBe(root.path);
  // Playwright's compilation cache stays where it was, outside the root that is removed.
  expect(dirname(root.env.PWTEST_CACHE_DIR ?? '')).toBe(tmpdir());
  mkdirSync(join(root.path, 'wmct-run-x', 'compliance'), { recursive: true });
  writeFileSync(join(root.path, 'wmct-run-x-tokens.json'), '{}');
  root.remove();
  expect(existsSync(root.path)).toBe(false);
});

test('a cache folder the user chose for Playwright is kept', () => {
  const root = makeTempRoot(tmpdir(), { PWTEST_CACHE_DIR: '/somewhere/cache' });
  root.remove();
  expect(root.env.PWTEST_CACHE_DIR).toBe('/somewhere/cache');
});

test('WMCT_KEEP_TEST_TEMP=1 keeps the root', () => {
  const root = makeTempRoot(tmpdir(), { WMCT_KEEP_TEST_TEMP: '1' });
  root.remove();
  expect(existsSync(root.path)).toBe(true);
  rmSync(root.path, { recursive: true });
});

test('the tests run inside the root', () => {
  // The global setup (test/global-setup.ts) pointed TMPDIR at the root before the workers started.
  expect(tmpdir()).toMatch(/\/wmct-project-tests-[^/]+$/);
});
