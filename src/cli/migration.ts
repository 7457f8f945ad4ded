/**
 * `npm run migration [-- --from <v1 generation>] [--to hub-v2] [--from-file <doc>] [--to-file <doc>]`
 *
 * The migration rehearsal: every operation of the Web Modeler API v1 document with its Hub API
 * v2 counterpart (or dropped, with the replacement), the field renames and structural changes of
 * the published guide as the two documents show them, and the behaviour observed where both APIs
 * are live (src/migration). Writes `<reports>/migration/migration.json` and `index.html`, prints
 * where, and exits 0; bad input is one line `wm-conformance: …` and exit 2.
 * `main` is exported so tests can call it without spawning a process.
 */
import { existsSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describeError, UsageError } from '../core/errors.ts';
import { redactText } from '../core/redact.ts';
import { loadConfig } from '../config/load.ts';
import { compareDocuments } from '../migration/compare.ts';
import { FROM_GENERATIONS, readMigrationInput, type SourceOptions } from '../migration/sources.ts';
import { writeMigrationReport } from '../migration/write.ts';

export const USAGE = `usage: npm run migration -- [--from ${FROM_GENERATIONS.join('|')}] [--to hub-v2] [--from-file <v1 document>] [--to-file <v2 document>]`;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

const PROCESS_IO: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

export function parseMigrationArgs(argv: readonly string[]): SourceOptions & { readonly help: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: false,
      strict: true,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        'from-file': { type: 'string' },
        'to-file': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new UsageError(`migration: ${message}; ${USAGE}`);
  }
  const { values } = parsed;
  for (const flag of ['from-file', 'to-file'] as const) {
    if (values[flag] !== undefined && values[flag].trim() === '')
      throw new UsageError(`migration: --${flag} is empty; ${USAGE}`);
  }
  return {
    fromFile: values['from-file'] ?? null,
    toFile: values['to-file'] ?? null,
    fromGeneration: values.from ?? null,
    toGeneration: values.to ?? null,
    help: values.help,
  };
}

/** Runs the command; resolves to the exit code. */
export async function main(
  argv: readonly string[],
  io: CliIo = PROCESS_IO,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  try {
    const args = parseMigrationArgs(argv);
    if (args.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    const config = loadConfig(env);
    const input = await readMigrationInput(config, args);
    const report = compareDocuments(input.from, input.to, input.behaviour);
    const written = writeMigrationReport(report, config.reportsDir);
    const s = report.summary;
    io.out(
      `migration: ${s.v1Operations} v1 operations (${s.mapped} mapped, ${s.dropped} dropped, ${s.unknown} unknown), ${s.newInV2} new in v2; changes of the guide: ${s.changes.matches} match, ${s.changes.differs} differ, ${s.changes['not-found']} not found; behaviour ${report.behaviour.observed ? `observed (${report.behaviour.observations.length} probes)` : 'not observed'}\n` +
        `migration: ${written.page}\nmigration: ${written.json}\n`,
    );
    return 0;
  } catch (error) {
    const { message } = describeError(error);
    io.err(`wm-conformance: ${redactText(message)}\n`);
    return error instanceof UsageError ? error.exitCode : 1;
  }
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  return script !== undefined && existsSync(script) && realpathSync(script) === fileURLToPath(import.meta.url);
}

if (isEntryPoint()) process.exitCode = await main(process.argv.slice(2));
