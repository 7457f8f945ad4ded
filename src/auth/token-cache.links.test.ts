/**
 * The token cache's guard sees through symbolic links: the reports folder a link to the cache's
 * folder, the cache a path through a link into the reports, a dangling link, paths that do not
 * exist yet — both paths are compared where they really are.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync, realpathSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { useTempDir } from '../../test/support/temp-dir.ts';
import { assertOutsideReports, realPath } from './token-cache.ts';

const temp = useTempDir('wmct-cache-links-');

/** A fresh folder with `cache/` and `reports/` in it (real paths: the temp folder may itself be behind a link). */
function layout(name: string): { root: string; cache: string; reports: string } {
  const root = temp.path(name);
  mkdirSync(join(root, 'cache'), { recursive: true });
  mkdirSync(join(root, 'reports'), { recursive: true });
  const real = realpathSync(root);
  return { root: real, cache: join(real, 'cache'), reports: join(real, 'reports') };
}

test('WM_REPORTS_DIR a link to the cache folder is refused', () => {
  const { root, cache } = layout('reports-link');
  symlinkSync(cache, join(root, 'reports-link'));
  expect(() => {
    assertOutsideReports(join(cache, 'tokens.json'), join(root, 'reports-link'));
  }).toThrow(/inside the reports folder/);
  // …also when the reports folder would be made below the link, and the cache file does not exist yet.
  expect(() => {
    assertOutsideReports(join(cache, 'sub', 'tokens.json'), join(root, 'reports-link', 'sub'));
  }).toThrow(/inside the reports folder/);
});

test('WM_TOKEN_CACHE through a link into the reports, or a dangling link there, is refused', () => {
  const { root, reports } = layout('cache-link');
  symlinkSync(reports, join(root, 'into-reports'));
  expect(() => {
    assertOutsideReports(join(root, 'into-reports', 'tokens.json'), reports);
  }).toThrow(/inside the reports folder/);
  symlinkSync(join(reports, 'not-yet.json'), join(root, 'dangling.json'));
  expect(() => {
    assertOutsideReports(join(root, 'dangling.json'), reports);
  }).toThrow(/inside the reports folder/);
});

test('separate folders pass, links or not; realPath resolves what exists and keeps the rest', () => {
  const { root, cache, reports } = layout('apart');
  symlinkSync(cache, join(root, 'cache-link'));
  expect(() => {
    assertOutsideReports(join(root, 'cache-link', 'tokens.json'), reports);
  }).not.toThrow();
  expect(realPath(join(root, 'cache-link', 'a', 'b.json'))).toBe(join(cache, 'a', 'b.json'));
  symlinkSync(join(root, 'loop-b'), join(root, 'loop-a'));
  symlinkSync(join(root, 'loop-a'), join(root, 'loop-b'));
  expect(realPath(join(root, 'loop-a', 'x'))).toMatch(/loop-[ab][/\\]x$/);
});
