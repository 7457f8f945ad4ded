/**
 * Gives every skipped test case of Playwright's JUnit file its reason (a Playwright Reporter
 * listed right after 'junit', which has written the file by then). Playwright writes a bare
 * `<skipped>` both for a test skipped on purpose (its reason only in a `skip` property) and for a
 * test that never ran because the run stopped — so a CI that reads JUnit could not tell an
 * interrupted run from a green one. Here each gets `message`: the skip's reason, or "did not run:
 * interrupted by SIGTERM: 73 of 125 tests did not run" (src/report/model/completion.ts, as the compliance
 * report says). A run stopped before it had planned any test gets the one-test-case file of
 * src/report/reporters/unstarted.ts. In `playwright merge-reports` it does the same for the merged file.
 *
 * The file is edited as XML (@xmldom/xmldom), not as text: names and messages hold any character.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FullConfig, FullResult, Reporter, Suite, TestCase } from '@playwright/test/reporter';
import { describeCause, stopCause } from '../../run/stop.ts';
import { completionOf, progressOf, type TestProgress, type TestRuns } from '../model/completion.ts';
import { noRunJunit } from './unstarted.ts';
import { redactText } from '../../core/redact.ts';

/** What the JUnit reasons read of a Playwright test case. */
export interface JunitTest extends TestRuns {
  titlePath(): string[];
  readonly annotations: TestCase['annotations'];
}

/** Playwright's JUnit names a test case by its title path below the file, and its class by the file. */
export function junitKey(test: Pick<JunitTest, 'titlePath'>): string {
  const path = test.titlePath();
  return `${path[2] ?? ''}\u0000${path.slice(3).join(' › ')}`;
}

/** The reason each skipped test case gets, by junitKey. */
export function skipMessages(
  tests: readonly JunitTest[],
  progress: (t: JunitTest) => TestProgress,
  reason: string | null,
): Map<string, string> {
  const messages = new Map<string, string>();
  for (const test of tests) {
    const p = progress(test);
    if (p === 'not-started' && reason !== null) messages.set(junitKey(test), `did not run: ${reason}`);
    else if (p === 'stopped' && reason !== null) messages.set(junitKey(test), `stopped mid-way: ${reason}`);
    else {
      const skip = test.annotations.find((a) => a.type === 'skip' || a.type === 'fixme')?.description;
      if (skip !== undefined) messages.set(junitKey(test), skip);
    }
  }
  return messages;
}

/** The JUnit text with `message` set on the `<skipped>` of every test case `messages` names. */
export function withSkipMessages(xml: string, messages: ReadonlyMap<string, string>): string {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const cases = doc.getElementsByTagName('testcase');
  for (let i = 0; i < cases.length; i++) {
    const testCase = cases.item(i);
    if (testCase === null) continue;
    const message = messages.get(
      `${testCase.getAttribute('classname') ?? ''}\u0000${testCase.getAttribute('name') ?? ''}`,
    );
    if (message === undefined) continue;
    const skipped = testCase.getElementsByTagName('skipped');
    for (let j = 0; j < skipped.length; j++) skipped.item(j)?.setAttribute('message', message);
  }
  return new XMLSerializer().serializeToString(doc);
}

export default class JunitReasonsReporter implements Reporter {
  readonly #file: string;
  #planned: readonly TestCase[] = [];
  #maxFailures = 0;

  constructor(options: { readonly outputFile: string }) {
    this.#file = resolve(options.outputFile);
  }

  printsToStdio(): boolean {
    return false;
  }

  onBegin(config: FullConfig, suite: Suite): void {
    this.#planned = suite.allTests();
    this.#maxFailures = config.maxFailures;
  }

  onEnd(result: FullResult): void {
    if (!existsSync(this.#file)) return;
    const cause = stopCause();
    const progress = (t: TestRuns): TestProgress => progressOf(t);
    const completion = completionOf({
      tests: this.#planned.map((t) => ({ title: t.title, progress: progress(t) })),
      status: result.status,
      stoppedBy: cause === null ? null : describeCause(cause),
      maxFailures: this.#maxFailures,
      failedTests: this.#planned.filter((t) => t.outcome() === 'unexpected').length,
    });
    if (completion !== null && completion.planned === 0) {
      writeFileSync(this.#file, redactText(noRunJunit({ verdict: 'INCOMPLETE', reason: completion.reason })));
      return;
    }
    const messages = skipMessages(this.#planned, progress, completion?.reason ?? null);
    if (messages.size > 0)
      writeFileSync(this.#file, redactText(withSkipMessages(readFileSync(this.#file, 'utf8'), messages)));
  }
}
