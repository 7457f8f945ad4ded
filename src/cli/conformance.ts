/**
 * `npm run conformance [-- <options>] [playwright options]`: runs the suite.
 *   --wait-for-target <seconds>  wait for a target that is still starting
 *   --env <name>                 use env/<name>.env (same as WM_ENV=<name>)
 * Everything else goes to `playwright test` (e.g. --grep @files, --shard=1/3).
 * The configuration is checked first: a problem is one line, ERROR reports and exit 2.
 * SIGINT, SIGTERM or SIGHUP stop the whole run (exit 130, 143, 129; src/run/stop.ts).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { exitWithError, UsageError } from '../core/errors.ts';
import { loadConfig, PROJECT_ROOT } from '../config/load.ts';
import { superviseRunner } from '../run/stop.ts';
import { benchMark, processStartedAt } from '../bench/marks.ts';
import { processEnvironment } from '../config/internal.ts';

interface Parsed {
  readonly waitForTarget: number;
  readonly env: string | undefined;
  readonly rest: string[];
}

export function parseArgs(argv: readonly string[]): Parsed {
  let waitForTarget = 0;
  let env: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (flag === '--wait-for-target' || flag === '--env') {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw new UsageError(`${flag} needs a value`);
      if (flag === '--env') env = value;
      else {
        if (!/^\d+$/.test(value)) throw new UsageError(`--wait-for-target "${value}" must be a number of seconds`);
        waitForTarget = Number(value);
      }
    } else {
      rest.push(arg);
    }
  }
  return { waitForTarget, env, rest };
}

/** ERROR reports with the one line, then the line and exit 2 (the report writer is loaded only then: a fast start). */
async function failToStart(error: unknown): Promise<never> {
  const { exitUnstarted, reportsDirOf } = await import('../report/reporters/unstarted.ts');
  return exitUnstarted(error, reportsDirOf());
}

async function main(): Promise<void> {
  benchMark('cli-start', { at: processStartedAt() });
  let parsed: Parsed;
  let env: Record<string, string | undefined>;
  try {
    parsed = parseArgs(process.argv.slice(2));
    env = {
      ...processEnvironment(),
      ...(parsed.env === undefined ? {} : { WM_ENV: parsed.env }),
      WMCT_WAIT_FOR_TARGET: String(parsed.waitForTarget),
    };
    loadConfig(env);
  } catch (error) {
    return failToStart(error);
  }
  // The runner gets a process group of its own: it and its workers hear a signal only through
  // here (once), and what is left of the run can be killed as a group (src/run/stop.ts).
  const child = spawn(
    process.execPath,
    [
      join(PROJECT_ROOT, 'node_modules', '@playwright', 'test', 'cli.js'),
      'test',
      '-c',
      join(PROJECT_ROOT, 'playwright.config.ts'),
      ...parsed.rest,
    ],
    {
      stdio: 'inherit',
      env,
      detached: true,
    },
  );
  child.on('error', (error) => exitWithError(error));
  superviseRunner(child);
}

await main();
