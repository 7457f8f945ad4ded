/**
 * A reporter that only marks time (src/bench/marks.ts), added around every reporter of the run's
 * list when WMCT_BENCH_MARKS is set (src/report/reporters/reporters.ts): Playwright calls the reporters'
 * onEnd one after the other in list order, so the mark after a reporter minus the mark before
 * it is that reporter's onEnd. The first one also marks the run's begin and its first and last
 * test.
 */
import type { Reporter } from '@playwright/test/reporter';
import { benchMark } from './marks.ts';

export interface MarkReporterOptions {
  /** `start` (the first of the list) or the name of the reporter it follows. */
  readonly after: string;
}

export default class MarkReporter implements Reporter {
  readonly #after: string;
  #testsBegun = false;

  constructor(options: MarkReporterOptions) {
    this.#after = options.after;
  }

  printsToStdio(): boolean {
    return false;
  }

  onBegin(): void {
    if (this.#after === 'start') benchMark('begin');
  }

  onTestBegin(): void {
    if (this.#after !== 'start' || this.#testsBegun) return;
    this.#testsBegun = true;
    benchMark('first-test');
  }

  onTestEnd(): void {
    if (this.#after === 'start') benchMark('test-end');
  }

  onEnd(): void {
    benchMark(this.#after === 'start' ? 'end:start' : `end:${this.#after}`);
  }
}
