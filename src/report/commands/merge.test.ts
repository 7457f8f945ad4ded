/** Gathering blob reports for merge-reports: from folders and zip files, names kept apart, clear errors. */
import { expect, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gatherBlobs } from './merge.ts';

test('blobs of several folders (same names on every machine) and zip files land in one folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wmct-gather-'));
  for (const machine of ['a', 'b']) {
    mkdirSync(join(dir, machine));
    writeFileSync(join(dir, machine, 'report.zip'), machine);
    writeFileSync(join(dir, machine, 'notes.txt'), 'not a blob');
  }
  writeFileSync(join(dir, 'report-3.zip'), 'c');
  const into = join(dir, 'into');
  mkdirSync(into);
  expect(gatherBlobs([join(dir, 'a'), join(dir, 'b'), join(dir, 'report-3.zip')], into)).toBe(3);
  expect(readdirSync(into).sort()).toEqual(['01-report.zip', '02-report.zip', '03-report-3.zip']);
});

test('no blob, a missing folder or a file that is not a zip: one clear line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wmct-gather-'));
  expect(() => gatherBlobs([dir], dir)).toThrow(/no blob report \(\.zip\) in .* — run the suite/);
  expect(() => gatherBlobs([join(dir, 'missing')], dir)).toThrow(/does not exist/);
  writeFileSync(join(dir, 'x.txt'), '');
  expect(() => gatherBlobs([join(dir, 'x.txt')], dir)).toThrow(/is not a blob report/);
});
