/**
 * `npm run mutation [-- <fault names…>] [--parallel <n>]`: runs the suite against the clean
 * reference target and against every fault of the catalog (each on a fresh target, as lanes of a
 * few suite runs: src/mutation/mutation.ts), prints the kill matrix and the score, writes
 * reports/mutation.json. Exit 1 when the clean target fails a check or a fault survives.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FAULTS } from '../../reference/faults/catalog.ts';
import { exitWithError, UsageError } from '../core/errors.ts';
import { loadConfig } from '../config/load.ts';
import { cleanGenerations, mutationText, planBatches, runMutation } from '../mutation/mutation.ts';

function parseArgs(argv: readonly string[]): { names: string[]; parallel: number | undefined } {
  const names: string[] = [];
  let parallel: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--parallel') {
      const value = argv[++i] ?? '';
      if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`--parallel "${value}" must be a positive number`);
      parallel = Number(value);
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option ${arg} (usage: npm run mutation -- [fault names…] [--parallel <n>])`);
    } else {
      names.push(arg);
    }
  }
  return { names, parallel };
}

async function main(): Promise<void> {
  const { names, parallel } = parseArgs(process.argv.slice(2));
  const unknown = names.filter((n) => !FAULTS.some((f) => f.name === n));
  if (unknown.length > 0)
    throw new UsageError(`unknown fault ${unknown.join(', ')} (list them with: npm run reference -- --list-faults)`);
  const config = loadConfig();
  const faults = names.length === 0 ? FAULTS : FAULTS.filter((f) => names.includes(f.name));
  const batches = planBatches(faults, cleanGenerations(faults)).length;
  process.stdout.write(
    `wm-conformance mutation: the clean target and ${faults.length} fault(s) in ${batches} suite run(s), ${parallel ?? 'one per core'} at a time\n`,
  );
  const result = await runMutation({
    reportsDir: join(config.reportsDir, 'mutation'),
    faults,
    ...(parallel === undefined ? {} : { parallel }),
    onResult: (o) => process.stdout.write(`  ${o.killed ? 'killed  ' : 'SURVIVED'} ${o.name}\n`),
  });
  mkdirSync(config.reportsDir, { recursive: true });
  const file = join(config.reportsDir, 'mutation.json');
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`\n${mutationText(result)}kill matrix: ${file}\n`);
  const cleanFailed = result.clean.failedChecks.length > 0 || result.clean.unattributed.length > 0;
  if (cleanFailed || result.killed < result.total) process.exitCode = 1;
}

main().catch(exitWithError);
