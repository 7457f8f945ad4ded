/** `npm run bench` refuses bad flags with one line and exit 2, before it measures anything. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const root = resolve(import.meta.dirname, '..', '..');

function bench(args: readonly string[]): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', resolve(root, 'src', 'cli', 'bench.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status, stderr: result.stderr };
}

test('bad bench flags: one line, exit 2', () => {
  expect(bench(['--runs', 'x'])).toEqual({
    status: 2,
    stderr: 'wm-conformance: --runs must be a whole number from 1 to 20, got "x"\n',
  });
  expect(bench(['--latency', '0'])).toEqual({
    status: 2,
    stderr: 'wm-conformance: --latency must be a whole number from 1 to 10000, got "0"\n',
  });
  expect(bench(['--npm-test-seconds=-3'])).toEqual({
    status: 2,
    stderr: 'wm-conformance: --npm-test-seconds must be a whole number from 1 to 100000, got "-3"\n',
  });
  expect(bench(['--bogus'])).toEqual({ status: 2, stderr: "wm-conformance: Unknown option '--bogus'\n" });
});
