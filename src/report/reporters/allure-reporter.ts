/**
 * allure-playwright as the run uses it, with one change: its results are written without an
 * fsync per file. allure-js-commons' FileSystemWriter flushes every result, container and
 * attachment to the disk (open, write, fsync, rename) as the reporter receives it, in the
 * runner's event loop — which also serves the embedded reference target: ~2 s of a clean run
 * blocked on the disk for files that are read once, after the run (`npm run report:allure`).
 * This writer writes the same files, with the same names and content (written to a temporary
 * name and renamed, so a reader never sees half a file), leaving the flush to the system.
 *
 * allure-playwright 3.12 installs its FileSystemWriter in onBegin (it ignores a `writer`
 * option); the swap happens right after, on its runtime (a private field, reached through
 * Reflect and checked: if a new version lays it out differently, the default writer stays —
 * slower, never wrong — and src/report/reporters/allure-reporter.test.ts fails).
 */
import { copyFileSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Suite } from '@playwright/test/reporter';
import type { Globals, TestResult, TestResultContainer } from 'allure-js-commons';
import type { Category, EnvironmentInfo } from 'allure-js-commons/sdk';
import type { Writer } from 'allure-js-commons/sdk/reporter';
import { stringifyEnvInfo } from 'allure-js-commons/sdk/reporter';
import { AllureReporter } from 'allure-playwright';

let temporaries = 0;

/** Writes `data` to a temporary file beside `path`, then renames it into place. */
function publish(path: string, write: (temporary: string) => void): void {
  const temporary = join(dirname(path), `.allure-write-${process.pid}-${++temporaries}.tmp`);
  write(temporary);
  renameSync(temporary, path);
}

/** allure-js-commons' FileSystemWriter, the same files, no fsync. */
export class UnflushedWriter implements Writer {
  readonly #dir: string;
  #made = false;

  constructor(resultsDir: string) {
    this.#dir = resultsDir;
  }

  #path(name: string): string {
    if (!this.#made) {
      mkdirSync(this.#dir, { recursive: true });
      this.#made = true;
    }
    return join(this.#dir, name);
  }

  #write(name: string, data: string | Buffer): void {
    publish(this.#path(name), (temporary) => {
      writeFileSync(temporary, data);
    });
  }

  writeResult(result: TestResult): void {
    this.#write(`${result.uuid}-result.json`, JSON.stringify(result));
  }

  writeGroup(result: TestResultContainer): void {
    this.#write(`${result.uuid}-container.json`, JSON.stringify(result));
  }

  writeAttachment(distFileName: string, content: Buffer): void {
    this.#write(distFileName, content);
  }

  writeAttachmentFromPath(distFileName: string, from: string): void {
    publish(this.#path(distFileName), (temporary) => {
      copyFileSync(from, temporary);
    });
  }

  writeEnvironmentInfo(info: EnvironmentInfo): void {
    this.#write('environment.properties', stringifyEnvInfo(info));
  }

  writeCategoriesDefinitions(categories: Category[]): void {
    this.#write('categories.json', JSON.stringify(categories));
  }

  writeGlobals(distFileName: string, info: Globals): void {
    this.#write(distFileName, JSON.stringify(info));
  }
}

/** Swaps the writer of allure-playwright's runtime; false when the runtime is not laid out as expected. */
export function useWriter(reporter: AllureReporter, writer: Writer): boolean {
  const runtime: unknown = Reflect.get(reporter, 'allureRuntime');
  if (typeof runtime !== 'object' || runtime === null || !('writer' in runtime)) return false;
  return Reflect.set(runtime, 'writer', writer);
}

type AllureOptions = ConstructorParameters<typeof AllureReporter>[0];

export default class UnflushedAllureReporter extends AllureReporter {
  readonly #resultsDir: string;

  constructor(options: AllureOptions) {
    super(options);
    this.#resultsDir = options.resultsDir ?? 'allure-results';
  }

  override onBegin(suite: Suite): void {
    super.onBegin(suite);
    useWriter(this, new UnflushedWriter(this.#resultsDir));
  }
}
