/**
 * allure-playwright for `playwright merge-reports`: when merging, Playwright hands reporters a
 * configuration without projects at first, and allure-playwright 3.12 reads the first project's
 * folders there (used only to pair screenshot diffs, which the suite never makes) and fails.
 * This subclass starts without them then; everything else is allure-playwright's own (with the
 * run's writer, src/report/reporters/allure-reporter.ts).
 */
import type { FullConfig } from '@playwright/test';
import UnflushedAllureReporter from './allure-reporter.ts';

export default class AllureMergeReporter extends UnflushedAllureReporter {
  override onConfigure(config: FullConfig): void {
    if (config.projects.length > 0) super.onConfigure(config);
    else this.config = config;
  }
}
