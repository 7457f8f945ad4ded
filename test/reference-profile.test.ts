/**
 * `npm run reference` prints working WM_* lines: pasted into an env file, `WM_ENV=<that>
 * npm run conformance` runs the whole suite against the standalone reference target and passes.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PROJECT_ROOT } from '../src/config/load.ts';
import { childEnv } from '../src/mutation/run-suite.ts';
import { startConformance } from './support/standalone.ts';

const TSX = join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

test('the WM_* lines of npm run reference, pasted into a profile, make a passing run', async () => {
  const reference = spawn(process.execPath, [TSX, join(PROJECT_ROOT, 'reference', 'cli.ts')], {
    cwd: PROJECT_ROOT,
    env: childEnv({}),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const profile = `wmct-reference-${randomBytes(4).toString('hex')}`;
  const file = join(PROJECT_ROOT, 'env', `${profile}.env`);
  try {
    const printed = await new Promise<string>((resolve, reject) => {
      let out = '';
      reference.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('WM_EXPECT_PERMISSIONS_LIMITED=')) resolve(out);
      });
      reference.once('exit', () => {
        reject(new Error(`npm run reference exited early: ${out}`));
      });
    });
    writeFileSync(file, printed, { mode: 0o600 });
    const run = startConformance(null, [], { WM_ENV: profile });
    const { code } = await run.exited;
    expect(code, run.output().slice(-3000)).toBe(0);
    const report: unknown = JSON.parse(readFileSync(join(run.reportsDir, 'compliance', 'compliance.json'), 'utf8'));
    expect(report).toMatchObject({ verdict: 'PASS', failedChecks: [] });
  } finally {
    rmSync(file, { force: true });
    reference.kill('SIGTERM');
  }
});
