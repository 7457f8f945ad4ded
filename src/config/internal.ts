/**
 * The run's internal variables: how the processes of one run hand things to each other through
 * the environment (the CLI to the runner, the runner to its workers and reporters, a measuring
 * or mutation run to the suite it starts). Like the WM_* settings (load.ts), they are read and
 * written only here, so this is the list of them; none is for users.
 */
export type InternalVariable =
  /** The run folder (holds run.json, no secret): set by the global setup, read by the workers. */
  | 'WMCT_RUN_DIR'
  /** The run's tokens and client secrets, in memory only: set by the global setup. */
  | 'WMCT_SECRETS'
  /** Set by the run's first reporter: a failed check fails the test in the runner (src/run/check-failures.ts). */
  | 'WMCT_CHECKS_REPORTER'
  /** `1`: no failed check fails a test (the compliance reporter still fails the run). */
  | 'WMCT_SOFT_CHECKS'
  /** `1`: a failed check fails its test in the worker. */
  | 'WMCT_CHECKS_FAIL_IN_WORKER'
  /** `npm run conformance -- --wait-for-target <s>`: read by the config (waitForTargetSeconds). */
  | 'WMCT_WAIT_FOR_TARGET'
  /** The benchmark's marks file (src/bench/marks.ts). */
  | 'WMCT_BENCH_MARKS'
  /** Where the timing reporter writes a measured run's figures (src/bench/timing-reporter.ts). */
  | 'WMCT_BENCH_OUT'
  /** A JSON file of the run's lanes (src/run/lanes.ts): one target and its share of the report each. */
  | 'WMCT_LANES'
  /** Each lane's run folder and secrets, in memory only: set by the global setup of a run with lanes. */
  | 'WMCT_LANE_RUNS';

export function internalValue(name: InternalVariable): string | undefined {
  return process.env[name];
}

export function setInternalValue(name: InternalVariable, value: string): void {
  process.env[name] = value;
}

/** This process's whole environment, for what hands it on (a child's environment) or reads several names at once. */
export function processEnvironment(): Readonly<Record<string, string | undefined>> {
  return process.env;
}
