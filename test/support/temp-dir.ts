/**
 * A temporary folder for the tests of one file: made before its first test, removed with
 * everything in it after its last. `path(...names)` is a path inside it; `file(name, text)`
 * writes a file there and returns its path.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from '@playwright/test';

export interface TempDir {
  readonly path: (...names: string[]) => string;
  readonly file: (name: string, text: string) => string;
}

/** Registers the folder's beforeAll/afterAll hooks; call it at the top level of a test file. */
export function useTempDir(prefix: string): TempDir {
  let dir = '';
  test.beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  test.afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const path = (...names: string[]): string => {
    if (dir === '') throw new Error('useTempDir: the folder exists only while the tests run');
    return join(dir, ...names);
  };
  return {
    path,
    file: (name, text) => {
      const file = path(name);
      writeFileSync(file, text);
      return file;
    },
  };
}
