/**
 * Stopping a run. SIGINT, SIGTERM or SIGHUP to any process of the run — the one `npm run
 * conformance` starts (src/cli/conformance.ts), the Playwright runner, a worker — or the death of
 * a process's parent stops the whole run: the tests are interrupted, what the run created is
 * deleted (the fixtures, then the global teardown), the reports say INCOMPLETE, and the processes
 * exit with 128 + the signal's number (SIGINT 130, SIGTERM 143, SIGHUP 129; an orphaned process
 * as for SIGHUP), all within STOP_DEADLINE_MS.
 *
 *   cli     runs the runner in a process group of its own, hands it the first signal (and SIGHUP
 *           when its own parent dies), and kills that group if the runner outlives the deadline;
 *   runner  turns the first stop into Playwright's graceful interrupt (its runner stops gracefully
 *           only on SIGINT), keeps every later SIGINT away from Playwright (a second one would make
 *           it abandon the clean-up, and so would a first one during the global teardown), stops
 *           when its parent dies, and exits at the latest at its deadline, writing the reports it
 *           has;
 *   worker  hands a signal it receives to its runner (Playwright's workers ignore SIGINT and
 *           SIGTERM), and exits soon after its runner is gone.
 *
 * Hand-written: what to do depends on how Playwright's runner and workers treat signals, which no
 * general signal-handling library knows.
 */
import type { ChildProcess } from 'node:child_process';
import { constants } from 'node:os';

/** What stops a run: a signal, or the process that started this one exiting. */
export type StopCause = 'SIGINT' | 'SIGTERM' | 'SIGHUP' | 'parent-exited';

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** The promise to the user: after a signal, the whole run is gone within this time. */
export const STOP_DEADLINE_MS = 10_000;
/** The runner exits at the latest this long after the stop began… */
const RUNNER_DEADLINE_MS = 7_000;
/** …and `npm run conformance`'s process kills what is left of the run after this long. */
const CLI_DEADLINE_MS = 9_000;
/** A worker whose runner is gone exits after this long at the latest. */
const ORPHANED_WORKER_MS = 1_500;
/** How often a process looks whether its parent is still there. */
const PARENT_POLL_MS = 250;

export function exitCodeOf(cause: StopCause): number {
  return 128 + constants.signals[cause === 'parent-exited' ? 'SIGHUP' : cause];
}

/** In words, for the console and the reports: "interrupted by SIGTERM". */
export function describeCause(cause: StopCause): string {
  return cause === 'parent-exited' ? 'stopped because the process that started it exited' : `interrupted by ${cause}`;
}

/** Calls `onOrphaned` once when this process's parent has exited (it was re-parented). */
function watchParent(onOrphaned: () => void): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onOrphaned();
  }, PARENT_POLL_MS);
  timer.unref();
}

// ---------------------------------------------------------------- cli

/**
 * `npm run conformance`'s process: supervises the runner, which it started `detached` (a process
 * group of its own, so that it and its workers hear signals only through here), and exits with
 * the runner's exit code — or with the stop's, once it was stopped.
 */
export function superviseRunner(child: ChildProcess): void {
  let cause: StopCause | null = null;
  const killGroup = (signal: NodeJS.Signals): void => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // the group is gone already
    }
  };
  const stop = (by: StopCause): void => {
    if (cause !== null) return;
    cause = by;
    // The runner hears of a parent that is gone as the hang-up it is.
    if (by === 'parent-exited')
      process.stderr.write('wm-conformance: the process that started the run exited — stopping the run (SIGHUP)\n');
    child.kill(by === 'parent-exited' ? 'SIGHUP' : by);
    const code = exitCodeOf(by);
    setTimeout(() => {
      process.stderr.write(
        `wm-conformance: the run did not end within ${CLI_DEADLINE_MS / 1000} s of ${by === 'parent-exited' ? 'its parent exiting' : by}: killed it\n`,
      );
      killGroup('SIGKILL');
      process.exit(code);
    }, CLI_DEADLINE_MS).unref();
  };
  for (const signal of STOP_SIGNALS) {
    process.on(signal, () => {
      stop(signal);
    });
  }
  watchParent(() => {
    stop('parent-exited');
  });
  child.on('exit', (code, signal) => {
    // Whatever of the run's process group is still there (a worker that hung) goes with it.
    killGroup('SIGKILL');
    process.exit(
      cause !== null ? exitCodeOf(cause) : (code ?? 128 + (signal === null ? 1 : constants.signals[signal])),
    );
  });
}

// ---------------------------------------------------------------- runner

/**
 * The runner's phases: `starting` until the global setup begins (nothing to clean up yet, and
 * Playwright does not listen for SIGINT yet); `running` (Playwright stops on SIGINT); `finishing`
 * from the global teardown on (the clean-up and the reports are under way: a signal only changes
 * the exit code).
 */
type Phase = 'starting' | 'running' | 'finishing';

interface RunnerState {
  phase: Phase;
  cause: StopCause | null;
  /** Writes the reports of a run stopped before it started (set by whoever installs the stop). */
  readonly beforeStart: (reason: string) => void;
  /** Called at the deadline, before the runner exits: write what the reporters have. */
  readonly atDeadline: (() => void)[];
  readonly ownSigint: (signal: NodeJS.Signals) => void;
  muted: boolean;
}

let runner: RunnerState | null = null;

/** The runner: call once, as early as possible (playwright.config.ts). */
export function installRunnerStop(beforeStart: (reason: string) => void): void {
  if (runner !== null) return;
  const onSignal = (signal: NodeJS.Signals): void => {
    const cause = STOP_SIGNALS.find((s) => s === signal);
    if (cause !== undefined) stopRunner(cause);
  };
  runner = { phase: 'starting', cause: null, beforeStart, atDeadline: [], ownSigint: onSignal, muted: false };
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  process.on('exit', () => {
    if (runner?.cause != null) process.exitCode = exitCodeOf(runner.cause);
  });
  watchParent(() => {
    stopRunner('parent-exited');
  });
}

/** The global setup begins: from now on Playwright stops the run on SIGINT. */
export function runnerStarted(): void {
  if (runner !== null && runner.phase === 'starting') runner.phase = 'running';
}

/** The global teardown begins: no signal may interrupt the clean-up from now on (the deadline bounds it). */
export function runnerFinishing(): void {
  if (runner === null) return;
  runner.phase = 'finishing';
  muteOtherSigintListeners(runner);
}

/** What stopped this run (runner process), or null. */
export function stopCause(): StopCause | null {
  return runner?.cause ?? null;
}

/** Registers what to write when the runner must exit at its deadline (the compliance reporter's report). */
export function atStopDeadline(write: () => void): void {
  runner?.atDeadline.push(write);
}

function stopRunner(cause: StopCause): void {
  const r = runner;
  if (r === null || r.cause !== null) return;
  r.cause = cause;
  const code = exitCodeOf(cause);
  const what = describeCause(cause);
  if (r.phase === 'starting') {
    process.stderr.write(`wm-conformance: ${what} before the run started\n`);
    r.beforeStart(`${what} before the run started: no test ran`);
    process.exit(code);
  }
  process.stderr.write(
    r.phase === 'running'
      ? `wm-conformance: ${what} — stopping the run: interrupting the tests and deleting what they created (at most ${STOP_DEADLINE_MS / 1000} s)\n`
      : `wm-conformance: ${what} — finishing the clean-up and the reports first (at most ${STOP_DEADLINE_MS / 1000} s)\n`,
  );
  setTimeout(() => {
    process.stderr.write(
      `wm-conformance: the run did not stop within ${RUNNER_DEADLINE_MS / 1000} s: exiting now — anything it created and could not delete yet is removed by "npm run sweep" (or a later run's start)\n`,
    );
    for (const write of r.atDeadline) {
      try {
        write();
      } catch {
        // exiting regardless
      }
    }
    process.exit(code);
  }, RUNNER_DEADLINE_MS).unref();
  if (r.phase === 'running') {
    // Playwright's own SIGINT listener comes after ours: for a SIGINT it runs right after this
    // one; any other stop is handed to it as the SIGINT it stops on.
    if (cause !== 'SIGINT') process.emit('SIGINT', 'SIGINT');
    queueMicrotask(() => {
      muteOtherSigintListeners(r);
    });
  }
}

/**
 * From now on only our listener hears SIGINT: Playwright's would interrupt the teardown on another
 * one (abandoning the clean-up), and so would the listener of each teardown step it starts later.
 */
function muteOtherSigintListeners(r: RunnerState): void {
  if (r.muted) return;
  r.muted = true;
  for (const listener of process.listeners('SIGINT')) {
    if (listener !== r.ownSigint) process.removeListener('SIGINT', listener);
  }
  process.on('newListener', (event: string | symbol, listener: (...args: unknown[]) => void) => {
    if (event !== 'SIGINT' || listener === r.ownSigint) return;
    // 'newListener' comes before the listener is added.
    queueMicrotask(() => {
      process.removeListener('SIGINT', listener);
    });
  });
}

// ---------------------------------------------------------------- worker

/** A worker: hands a signal to its runner (once), and does not outlive its runner for long. */
export function installWorkerStop(): void {
  let handed = false;
  const handOn = (signal: NodeJS.Signals): void => {
    if (handed) return;
    handed = true;
    try {
      process.kill(process.ppid, signal);
    } catch {
      // the runner is gone: the disconnect below ends this worker
    }
  };
  for (const signal of STOP_SIGNALS) process.on(signal, handOn);
  // Playwright's worker closes gracefully when its runner goes away, but may take up to 30 s.
  process.once('disconnect', () => {
    setTimeout(() => process.exit(exitCodeOf('parent-exited')), ORPHANED_WORKER_MS).unref();
  });
}
