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
import { isJsonObject } from '../src/core/json.ts';
import { useTempDir } from './support/temp-dir.ts';

const dir = useTempDir('wmct-gate-');

/** The merge job's Gate step. */
function gateStep(): Record<string, unknown> {
  const workflow: unknown = parse(readFileSync(join(PROJECT_ROOT, 'docs', 'ci', 'github-actions.yml'), 'utf8'));
  const jobs = isJsonObject(workflow) && isJsonObject(workflow.jobs) ? workflow.jobs : {};
  const merge = isJsonObject(jobs.merge) ? jobs.merge : {};
  const steps: unknown[] = Array.isArray(merge.steps) ? merge.steps : [];
  const gate = steps.find((s: unknown) => isJsonObject(s) && s.name === 'Gate');
  if (!isJsonObject(gate)) throw new Error('no Gate step in the merge job');
  return gate;
}

/** Its node script. */
function gateScript(): string {
  const run = gateStep().run;
  const script = typeof run === 'string' ? /node -e '([^']*)'/.exec(run)?.[1] : undefined;
  if (script === undefined) throw new Error(`no node -e '…' in the Gate step: ${String(run)}`);
  return script;
}

/** Its environment (SHARDS). */
function gateEnv(): Record<string, string> {
  const env = gateStep().env;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(isJsonObject(env) ? env : {}))
    if (typeof v === 'string' || typeof v === 'number') out[k] = String(v);
  return out;
}

let runs = 0;

/** Runs the gate in a folder laid out as the merge job's: the merged report, and the shards' blobs as downloaded. */
function gate(verdict: string | null, shardsWithBlob = 3): number | null {
  const cwd = dir.path(`run-${++runs}`);
  mkdirSync(join(cwd, 'reports', 'compliance'), { recursive: true });
  if (verdict !== null)
    writeFileSync(join(cwd, 'reports', 'compliance', 'compliance.json'), JSON.stringify({ verdict }));
  for (let shard = 1; shard <= 3; shard++) {
    mkdirSync(join(cwd, 'all-blobs', `blob-${shard}`), { recursive: true });
    if (shard <= shardsWithBlob) writeFileSync(join(cwd, 'all-blobs', `blob-${shard}`, `report-${shard}.zip`), 'zip');
  }
  return spawnSync(process.execPath, ['-e', gateScript()], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...gateEnv() },
  }).status;
}

test('the CI gate passes only on PASS and PASS WITH KNOWN DEVIATIONS, with the blob of every shard', () => {
  expect(gateEnv()).toEqual({ SHARDS: '3' });
  expect(gate('PASS')).toBe(0);
  expect(gate('PASS WITH KNOWN DEVIATIONS')).toBe(0);
  for (const verdict of ['INCOMPLETE', 'FAIL', 'ERROR', null]) expect(gate(verdict), String(verdict)).not.toBe(0);
  // A shard that could not start or was cancelled left no blob: the merged PASS covers only part of the plan.
  expect(gate('PASS', 2)).not.toBe(0);
});
