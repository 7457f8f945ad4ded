/**
 * `npm run baseline:update [-- --dry-run]`: fetches the live document of the configured target
 * (the embedded reference target when WM_BASE_URL is unset; WM_REFERENCE_GENERATION picks its
 * generation), prints the classified changes against the current baseline and writes the new
 * baseline (WM_BASELINE, else schemas/baselines/<generation>.json). Bad input: one line, exit 2.
 */
import { parseArgs } from 'node:util';
import { exitWithError, UsageError } from '../core/errors.ts';
import { updateBaseline } from '../gate/update.ts';
import { processEnvironment } from '../config/internal.ts';

const USAGE = 'usage: npm run baseline:update [-- --dry-run]';

function parseUpdateArgs(argv: readonly string[]): { dryRun: boolean; help: boolean } {
  try {
    const { values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    return { dryRun: values['dry-run'], help: values.help };
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new UsageError(`baseline:update: ${message}; ${USAGE}`);
  }
}

async function main(argv: readonly string[]): Promise<void> {
  const args = parseUpdateArgs(argv);
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  await updateBaseline({ env: processEnvironment(), dryRun: args.dryRun, out: (text) => process.stdout.write(text) });
}

main(process.argv.slice(2)).catch(exitWithError);
