/**
 * Empties folders at the start of a run (a Playwright Reporter listed before the one that
 * fills them): Allure results accumulate otherwise, and an old run's results would show up in
 * the next Allure report as retries.
 */
import { rmSync } from 'node:fs';
import type { Reporter } from '@playwright/test/reporter';

export default class FreshDirsReporter implements Reporter {
  readonly #dirs: readonly string[];

  constructor(options: { readonly dirs?: readonly string[] } = {}) {
    this.#dirs = options.dirs ?? [];
  }

  onBegin(): void {
    for (const dir of this.#dirs) rmSync(dir, { recursive: true, force: true });
  }

  printsToStdio(): boolean {
    return false;
  }
}
