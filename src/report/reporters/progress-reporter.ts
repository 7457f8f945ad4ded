/**
 * The console progress of a run (in place of Playwright's line reporter): on a terminal, one
 * line that follows the running test; every failed test as it ends, numbered — its errors in
 * full the first time, and for a test that failed exactly like an earlier one (the same cause on
 * the target, or the same error text) only its title and the number of that earlier failure.
 * So a target that fails every test's set-up the same way shows the failure once, not once per
 * test. The run's verdict, counts and the reason of skips follow in the closing summary
 * (summary.ts, written by the compliance reporter).
 *
 * Hand-written: Playwright's own reporters print every failure in full and offer no way to
 * leave out repeats.
 */
import { relative } from 'node:path';
import type { FullConfig, Reporter, Suite, TestCase, TestError, TestResult } from '@playwright/test/reporter';
import { FAIL_FAST_CAUSE } from '../../run/fail-fast.ts';

export interface ProgressOutput {
  write(text: string): void;
  readonly isTTY: boolean;
  /** The terminal's width: the progress line is cut to it, so rewriting it clears all of it. */
  readonly columns?: number;
}

const ESC = String.fromCharCode(27);
/** Cursor up one line and clear it: the terminal's progress line is rewritten in place. */
const REWRITE = `${ESC}[1A${ESC}[2K`;

function errorText(error: TestError): string {
  // Our own errors carry no stack frames; a stack with frames (a defect of the suite) is kept.
  const stack = error.stack ?? '';
  return /\n\s+at /.test(stack) ? stack : (error.message ?? error.value ?? stack);
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : by + line))
    .join('\n');
}

export default class ProgressReporter implements Reporter {
  readonly #out: ProgressOutput;
  #total = 0;
  #started = 0;
  #failures = 0;
  #progressShown = false;
  #root = '';
  /** Failure text (or cause) → number of the failure that printed it. */
  readonly #printed = new Map<string, number>();

  constructor(options: { readonly output?: ProgressOutput } = {}) {
    this.#out = options.output ?? {
      write: (text) => process.stdout.write(text),
      isTTY: process.stdout.isTTY,
      columns: process.stdout.columns,
    };
  }

  printsToStdio(): boolean {
    return true;
  }

  onBegin(config: FullConfig, suite: Suite): void {
    this.#total = suite.allTests().length;
    this.#root = config.rootDir;
    const workers = config.workers;
    this.#out.write(
      `Running ${this.#total} test${this.#total === 1 ? '' : 's'} using ${workers} worker${workers === 1 ? '' : 's'}\n`,
    );
  }

  onTestBegin(test: TestCase): void {
    this.#started++;
    this.#progress(`[${this.#started}/${this.#total}] ${this.#title(test)}`);
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const failed = result.status === 'interrupted' || (test.outcome() === 'unexpected' && result.status !== 'skipped');
    if (!failed) return;
    this.#clearProgress();
    const n = ++this.#failures;
    const errors = result.errors.map(errorText).filter((t) => t !== '');
    const cause = result.annotations.find((a) => a.type === FAIL_FAST_CAUSE)?.description;
    const key = cause ?? errors.join('\n');
    const earlier = this.#printed.get(key);
    const head = `  ${n}) ${this.#title(test)}`;
    if (earlier !== undefined) {
      this.#out.write(`${head} — failed like ${earlier}) above\n`);
      return;
    }
    this.#printed.set(key, n);
    const status = result.status === 'failed' ? '' : ` (${result.status})`;
    this.#out.write(`\n${head}${status}\n\n${errors.map((e) => indent(e, '    ')).join('\n\n')}\n\n`);
  }

  onStdOut(chunk: string | Buffer): void {
    this.#clearProgress();
    this.#out.write(chunk.toString());
  }

  onStdErr(chunk: string | Buffer): void {
    this.#clearProgress();
    process.stderr.write(chunk);
  }

  onError(error: TestError): void {
    this.#clearProgress();
    this.#out.write(`${errorText(error)}\n`);
  }

  onEnd(): void {
    this.#clearProgress();
  }

  #title(test: TestCase): string {
    return `${relative(this.#root, test.location.file)} › ${test.title}`;
  }

  /** The progress line: on a terminal only (in a CI log it would be a line per test). */
  #progress(text: string): void {
    if (!this.#out.isTTY) return;
    const width = this.#out.columns ?? 0;
    const line = width > 1 && text.length >= width ? `${text.slice(0, width - 2)}…` : text;
    this.#out.write(`${this.#progressShown ? REWRITE : ''}${line}\n`);
    this.#progressShown = true;
  }

  #clearProgress(): void {
    if (!this.#progressShown) return;
    this.#out.write(REWRITE);
    this.#progressShown = false;
  }
}
