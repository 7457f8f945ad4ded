/**
 * One temporary folder for a whole run of the project's tests. The tests and the runs they
 * start make temporary folders of their own (child runs' report folders and token caches,
 * doctored documents, lanes' folders): with TMPDIR pointing into this root, all of them land
 * in it, in the runner, its workers and every child process (which inherit TMPDIR), and the
 * global teardown removes it whole. Before, every run of `npm test` left hundreds of folders
 * (token caches among them) in the system's temporary folder.
 *
 * Playwright's and tsx's compilation caches live in the temporary folder too: Playwright's is
 * kept where it was (PWTEST_CACHE_DIR, which child runs inherit), so that a run of the tests
 * does not compile the suite's modules afresh; tsx's has no such setting and is rebuilt once
 * per run, inside the root.
 *
 * WMCT_KEEP_TEST_TEMP=1 keeps the root (its path is printed at the end), for looking into what
 * a failed test's child runs wrote.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface TempRoot {
  readonly path: string;
  /** The environment the runner, its workers and their children are given. */
  readonly env: Readonly<Record<string, string>>;
  /** Removes the root, or keeps it and says where it is (WMCT_KEEP_TEST_TEMP=1). */
  readonly remove: () => void;
}

/** Makes the root under `parent` (the system's temporary folder). */
export function makeTempRoot(parent: string, env: Readonly<Record<string, string | undefined>>): TempRoot {
  const path = mkdtempSync(join(parent, 'wmct-project-tests-'));
  const uid = typeof process.geteuid === 'function' ? String(process.geteuid()) : '';
  return {
    path,
    env: {
      TMPDIR: path,
      PWTEST_CACHE_DIR: env.PWTEST_CACHE_DIR ?? join(parent, `playwright-transform-cache-${uid}`),
    },
    remove: () => {
      if (env.WMCT_KEEP_TEST_TEMP === '1') process.stderr.write(`kept the tests' temporary folder: ${path}\n`);
      else rmSync(path, { recursive: true, force: true });
    },
  };
}
