/**
 * The CI example's gate (docs/ci/github-actions.yml, the merge job's "Gate" step), run as CI runs
 * it against a compliance.json of each verdict: it passes only on PASS and PASS WITH KNOWN
 * DEVIATIONS — an INCOMPLETE run (interrupted, cancelled) must not get through, nor a missing report.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../src/config/load.ts';
import { isJsonObject } from '../src/document/resolve.ts';
import { useTempDir } from './support/temp-dir.ts';

const dir = useTempDir('wmct-gate-');

/** The node script of the merge job's Gate step. */
function gateScript(): string {
  const workflow: unknown = parse(readFileSync(join(PROJECT_ROOT, 'docs', 'ci', 'github-actions.yml'), 'utf8'));
  const jobs = isJsonObject(workflow) && isJsonObject(workflow.jobs) ? workflow.jobs : {};
  const merge = isJsonObject(jobs.merge) ? jobs.merge : {};
  const steps = Array.isArray(merge.steps) ? merge.steps : [];
  const gate: unknown = steps.find((s: unknown) => isJsonObject(s) && s.name === 'Gate');
  const run = isJsonObject(gate) && typeof gate.run === 'string' ? gate.run : '';
  const script = /node -e '([^']*)'/.exec(run)?.[1];
  if (script === undefined) throw new Error(`no node -e '…' in the Gate step: ${run}`);
  return script;
}

function gate(verdict: string | null): number | null {
  const cwd = dir.path(verdict ?? 'none');
  mkdirSync(join(cwd, 'reports', 'compliance'), { recursive: true });
  if (verdict !== null) writeFileSync(join(cwd, 'reports', 'compliance', 'compliance.json'), JSON.stringify({ verdict }));
  return spawnSync(process.execPath, ['-e', gateScript()], { cwd, encoding: 'utf8' }).status;
}

test('the CI gate passes only on PASS and PASS WITH KNOWN DEVIATIONS', () => {
  expect(gate('PASS')).toBe(0);
  expect(gate('PASS WITH KNOWN DEVIATIONS')).toBe(0);
  for (const verdict of ['INCOMPLETE', 'FAIL', 'ERROR', null]) expect(gate(verdict), String(verdict)).not.toBe(0);
});
