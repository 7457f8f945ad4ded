/**
 * Fail fast: when the target fails the same way in FAIL_FAST_AFTER tests in a row (the same
 * set-up failure, e.g. "createProject answered 307", or the same transport failure, e.g.
 * "createProject: request timed out"), every test that starts afterwards is skipped with the
 * reason, instead of meeting the same failure once more.
 *
 * "In a row" is across the run's workers (Playwright replaces a worker after each failed test),
 * so the outcomes go to one file in the run folder (`WMCT_RUN_DIR`, never under reports/): each
 * test that ends appends one line, `{"cause": "…"}` when it failed on the target, `{"cause": null}`
 * when it ended otherwise (skipped tests append nothing). Lines are appended with O_APPEND in
 * one write each, so lines of both workers never mix or overwrite each other and no worker has
 * to read, change and write back a shared state; the breaker reads the file and trips on the
 * first run of FAIL_FAST_AFTER equal causes. Hand-written: a few lines on node:fs; a lock-file
 * library would add a dependency for what one append does.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** How many tests in a row must fail the same way before the rest are skipped. */
export const FAIL_FAST_AFTER = 5;

/** Skip reasons of the breaker start with this (the reports and other tools recognise them). */
export const FAIL_FAST_PREFIX = 'fail-fast:';

/** The annotation a test that failed on the target gets, with the cause (the progress reporter prints a cause once). */
export const FAIL_FAST_CAUSE = 'fail-fast cause';

const FILE = 'fail-fast.jsonl';

export function failFastFile(runDir: string): string {
  return join(runDir, FILE);
}

/** Records how a test ended: `cause` when it failed on the target, null otherwise. */
export function recordOutcome(runDir: string, cause: string | null): void {
  appendFileSync(failFastFile(runDir), `${JSON.stringify({ cause })}\n`);
}

function causeOf(line: string): string | null | undefined {
  try {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed !== 'object' || parsed === null || !('cause' in parsed)) return undefined;
    return typeof parsed.cause === 'string' ? parsed.cause : null;
  } catch {
    return undefined;
  }
}

/** The cause that failed FAIL_FAST_AFTER tests in a row in these outcomes (the first such run), or undefined. */
export function trippingCause(outcomes: readonly (string | null)[], after = FAIL_FAST_AFTER): string | undefined {
  let streak = 0;
  let last: string | null = null;
  for (const cause of outcomes) {
    streak = cause !== null && cause === last ? streak + 1 : cause === null ? 0 : 1;
    last = cause;
    if (cause !== null && streak >= after) return cause;
  }
  return undefined;
}

/** The skip reason once the breaker tripped, or undefined while it has not. */
export function failFastReason(runDir: string): string | undefined {
  const file = failFastFile(runDir);
  if (!existsSync(file)) return undefined;
  const outcomes = readFileSync(file, 'utf8')
    .split('\n')
    .map(causeOf)
    .filter((c): c is string | null => c !== undefined);
  const cause = trippingCause(outcomes);
  return cause === undefined ? undefined : skipReason(cause);
}

export function skipReason(cause: string, after = FAIL_FAST_AFTER): string {
  return `${FAIL_FAST_PREFIX} the target failed ${after} tests in a row the same way: ${cause}`;
}
