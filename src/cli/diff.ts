/**
 * `npm run diff -- <old> <new> [--fail-on ERR|WARN|INFO] [--format text|markdown|json] [--ignore <file>] [--no-implicit-required]`
 *
 * Classifies the changes from the old OpenAPI document (the baseline) to the new one (files,
 * JSON or YAML, or http(s) URLs) with the breaking-change rules, drops those the ignore file
 * accepts (default schemas/breaking-ignore.json), prints the rest, and exits 1 when a change at
 * or above --fail-on (default ERR) remains, 0 otherwise, 2 on bad input (one line, no stack).
 * Like the gate, it reads the documented response properties as required when the baseline
 * declares no `required` in its responses, and says so in one line; --no-implicit-required
 * reads both documents as written. `main` is exported so tests can call it without spawning a process.
 */
import { existsSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { redactText } from '../core/redact.ts';
import { UsageError } from '../core/errors.ts';
import { DanglingRefError } from '../document/resolve.ts';
import type { DiffResult } from '../diff/classify-changes.ts';
import { applyIgnores, classify, failsAt } from '../diff/classify-changes.ts';
import type { OutputFormat } from '../diff/format.ts';
import { OUTPUT_FORMATS, formatResult, isOutputFormat } from '../diff/format.ts';
import type { IgnoreEntry } from '../diff/ignore.ts';
import { DEFAULT_IGNORE_FILE, loadIgnoreFile } from '../diff/ignore.ts';
import { NO_IMPLICIT_REQUIRED_FLAG } from '../diff/implicit-required.ts';
import { loadDocument } from '../diff/load.ts';
import { RULES } from '../diff/rules/index.ts';
import { isSeverity, SEVERITIES, type Severity } from '../core/severity.ts';
import type { JsonObject } from '../core/json.ts';

export const USAGE = `usage: npm run diff -- <old> <new> [--fail-on ERR|WARN|INFO] [--format text|markdown|json] [--ignore <file>] [${NO_IMPLICIT_REQUIRED_FLAG}]`;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

const PROCESS_IO: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

export interface DiffArgs {
  readonly old: string;
  readonly new: string;
  readonly failOn: Severity;
  readonly format: OutputFormat;
  /** The ignore file named on the command line, or null for the default one (when it exists). */
  readonly ignore: string | null;
  /** Read documented response properties as required when the baseline declares none (off with --no-implicit-required). */
  readonly implicitRequired: boolean;
  readonly help: boolean;
}

function readArgs(argv: readonly string[]): ReturnType<typeof parseOptions> {
  try {
    return parseOptions(argv);
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new UsageError(`diff: ${message}; ${USAGE}`);
  }
}

function parseOptions(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      'fail-on': { type: 'string', default: 'ERR' },
      format: { type: 'string', default: 'text' },
      ignore: { type: 'string' },
      'no-implicit-required': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

export function parseDiffArgs(argv: readonly string[]): DiffArgs {
  const { values, positionals } = readArgs(argv);
  const failOn = values['fail-on'].toUpperCase();
  const help = values.help;
  if (!isSeverity(failOn))
    throw new UsageError(`diff: --fail-on must be one of ${SEVERITIES.join(', ')}, not "${values['fail-on']}"`);
  if (!isOutputFormat(values.format))
    throw new UsageError(`diff: --format must be one of ${OUTPUT_FORMATS.join(', ')}, not "${values.format}"`);
  const [old, new_, ...rest] = positionals;
  if (!help && (old === undefined || new_ === undefined || rest.length > 0)) {
    throw new UsageError(`diff: expected two documents (old and new), got ${positionals.length}; ${USAGE}`);
  }
  return {
    old: old ?? '',
    new: new_ ?? '',
    failOn,
    format: values.format,
    ignore: values.ignore ?? null,
    implicitRequired: !values['no-implicit-required'],
    help,
  };
}

function loadIgnores(file: string | null): IgnoreEntry[] {
  const knownIds = new Set(RULES.map((rule) => rule.id));
  if (file !== null) return loadIgnoreFile(file, knownIds);
  return existsSync(DEFAULT_IGNORE_FILE) ? loadIgnoreFile(DEFAULT_IGNORE_FILE, knownIds) : [];
}

function classifyDocuments(oldDoc: JsonObject, newDoc: JsonObject, implicitRequired: boolean): DiffResult {
  try {
    return classify(oldDoc, newDoc, { implicitRequired });
  } catch (error) {
    if (error instanceof DanglingRefError) throw new UsageError(`diff: cannot compare the documents: ${error.message}`);
    throw error;
  }
}

function oneLine(error: unknown): string {
  if (error instanceof UsageError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `internal error: ${message.split('\n')[0] ?? ''}`;
}

/** Runs the diff command; resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = PROCESS_IO): Promise<number> {
  try {
    const args = parseDiffArgs(argv);
    if (args.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    const ignores = loadIgnores(args.ignore);
    const [oldDoc, newDoc] = await Promise.all([loadDocument(args.old), loadDocument(args.new)]);
    const result = applyIgnores(classifyDocuments(oldDoc, newDoc, args.implicitRequired), ignores);
    io.out(formatResult(result, args.format));
    return failsAt(result, args.failOn) ? 1 : 0;
  } catch (error) {
    io.err(`wm-conformance: ${redactText(oneLine(error))}\n`);
    return 2;
  }
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  return script !== undefined && existsSync(script) && realpathSync(script) === fileURLToPath(import.meta.url);
}

if (isEntryPoint()) process.exitCode = await main(process.argv.slice(2));
