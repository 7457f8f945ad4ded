/**
 * Where a run's time goes, for `npm run bench`: when WMCT_BENCH_MARKS names a file, the run's
 * processes append one JSON line per moment to it — the global setup its phases, each worker
 * the moment it is ready for its first test (with its process's age), the mark reporters
 * (src/bench/mark-reporter.ts, one before and one after every reporter of the list) the run's
 * begin, its first and last test and the end of each reporter's onEnd. Without the variable
 * nothing is written. Lines are appended with one write each (O_APPEND), so processes never mix
 * them.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { isJsonObject } from '../core/json.ts';
import { internalValue, type InternalVariable } from '../config/internal.ts';

export const MARKS_ENV: InternalVariable = 'WMCT_BENCH_MARKS';

export interface Mark {
  /** What happened, e.g. `setup-start`, `worker-ready`, `end:html`. */
  readonly mark: string;
  /** When (epoch milliseconds). */
  readonly at: number;
  /** The process that wrote it. */
  readonly pid: number;
  /** worker-ready: how old the worker process was (ms). */
  readonly ageMs?: number;
}

/** Appends a mark when the run is measured (WMCT_BENCH_MARKS set). */
export function benchMark(mark: string, extra: { readonly at?: number; readonly ageMs?: number } = {}): void {
  const file = internalValue(MARKS_ENV);
  if (file === undefined || file === '') return;
  const line: Mark = {
    mark,
    at: extra.at ?? Date.now(),
    pid: process.pid,
    ...(extra.ageMs === undefined ? {} : { ageMs: extra.ageMs }),
  };
  appendFileSync(file, `${JSON.stringify(line)}\n`);
}

/** When this process started (epoch milliseconds). */
export function processStartedAt(): number {
  return Math.round(performance.timeOrigin);
}

function isMark(value: unknown): value is Mark {
  return (
    isJsonObject(value) &&
    typeof value.mark === 'string' &&
    typeof value.at === 'number' &&
    typeof value.pid === 'number'
  );
}

/** The marks of a file, in the order written. */
export function readMarks(file: string): Mark[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .flatMap((l) => {
      const parsed: unknown = JSON.parse(l);
      return isMark(parsed) ? [parsed] : [];
    });
}
