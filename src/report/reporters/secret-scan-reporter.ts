/**
 * The run checks its own output before it exits: the last reporter of the list
 * (src/report/reporters/reporters.ts). Playwright calls the reporters' onEnd one after the other, in list
 * order, awaiting each, and every report writer — compliance, JUnit, HTML (its report and data
 * folder), Allure results, blob zip — has written by the end of its onEnd; traces are written by
 * the workers when each test ends. So this onEnd sees everything the run wrote, and scans every
 * file under the report folders it was given that was written since the run began (zip members,
 * base64 attachments and embedded archives included) for the secrets the run held
 * (src/report/scan/scan-secrets.ts says which). A hit: the file is scrubbed or removed, one line
 * names the files and the kinds of secret (never a secret), and the run fails (exit 1).
 */
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FullResult, Reporter } from '@playwright/test/reporter';
import { loadConfig, type Config } from '../../config/load.ts';
import { runScanSecrets, scanAndScrub } from '../scan/scan-secrets.ts';
import { filesUnder } from '../scan/secret-scan.ts';
import { redactText } from '../../core/redact.ts';

export interface SecretScanReporterOptions {
  /** The reports folder (hits are named relative to it). */
  readonly reportsDir: string;
  /** Files and folders the run's reporters and workers write (each may not exist). */
  readonly paths: readonly string[];
  /** Where the one line goes (default stderr; tests capture it). */
  readonly write?: (line: string) => void;
}

/** Files written this long before the run began still count as the run's (coarse file-system clocks). */
const CLOCK_SLACK_MS = 2_000;

function configOrNull(): Config | null {
  try {
    return loadConfig();
  } catch {
    return null;
  }
}

export default class SecretScanReporter implements Reporter {
  readonly #options: SecretScanReporterOptions;
  #began = Date.now();

  constructor(options: SecretScanReporterOptions) {
    this.#options = options;
  }

  printsToStdio(): boolean {
    return false;
  }

  onBegin(): void {
    this.#began = Date.now();
  }

  async onEnd(result: FullResult): Promise<{ status?: FullResult['status'] } | undefined> {
    const write = this.#options.write ?? ((line: string) => process.stderr.write(line));
    let line: string;
    try {
      line = await this.#scan();
    } catch (error) {
      // A scan that cannot finish proves nothing: the run fails rather than pass unchecked.
      line = `secret scan could not finish (${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)})`;
    }
    if (line === '') return undefined;
    write(`wm-conformance: ${redactText(line)}; the run fails\n`);
    return result.status === 'passed' ? { status: 'failed' } : undefined;
  }

  /** Scans (and scrubs) what the run wrote; the one line to print, '' when nothing was found. */
  async #scan(): Promise<string> {
    const since = this.#began - CLOCK_SLACK_MS;
    const files = this.#options.paths
      .filter((p) => existsSync(p))
      .flatMap((p) => filesUnder(p))
      .filter((f) => statSync(f).mtimeMs >= since);
    const base = existsSync(this.#options.reportsDir) ? this.#options.reportsDir : dirname(this.#options.reportsDir);
    return (await scanAndScrub(base, [...new Set(files)], runScanSecrets(configOrNull()))).line;
  }
}
