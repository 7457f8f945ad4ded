/**
 * The lanes of a run (WMCT_LANES, an internal setting: the JSON file of lanes that whoever starts
 * the run writes, e.g. the mutation runner): what a lane is and how the file is read. What the
 * run does with them is in src/run/lanes.ts.
 */
import { readFileSync } from 'node:fs';
import { GENERATIONS, type Generation } from '../core/domain.ts';
import { UsageError } from '../core/errors.ts';
import { isJsonObject } from '../core/json.ts';
import { internalValue } from './internal.ts';
import { apiScope, type ApiName } from './apis.ts';
import type { Config } from './load.ts';

export interface Lane {
  /** The lane's Playwright project name: letters, digits, `.`, `_` and `-`. */
  readonly name: string;
  /** Where the lane's own reports go (`<reportsDir>/compliance`). */
  readonly reportsDir: string;
  /** The embedded target's generation (default: the run's WM_REFERENCE_GENERATION). */
  readonly generation?: Generation;
  /** The embedded target's faults (default none). */
  readonly faults?: readonly string[];
  /**
   * A both-APIs run (WM_API; never in a lanes file): the API this lane tests. Its tests are
   * declared under `api:<api>` from its own plan (the lanes serve different documents) and its
   * project keeps only those; the run writes one compliance report with a section per API.
   */
  readonly api?: ApiName;
}

/**
 * The lanes of a both-APIs run (WM_API=v1,hub-v2): one per API, named after it, reporting into
 * the run's reports folder (the one compliance report has a section per lane).
 */
export function apiLanes(config: Pick<Config, 'apis' | 'reportsDir'>): Lane[] | null {
  return config.apis === null ? null : config.apis.map((api) => ({ name: api, reportsDir: config.reportsDir, api }));
}

/** The title path part a lane's tests are declared under, when it has one (a both-APIs run). */
export function laneScope(lane: Lane): string | null {
  return lane.api === undefined ? null : apiScope(lane.api);
}

const NAME = /^[A-Za-z0-9._-]+$/;

function laneOf(value: unknown, index: number, file: string): Lane {
  const where = `${file}: lane ${index + 1}`;
  if (!isJsonObject(value)) throw new UsageError(`${where} is not an object`);
  const { name, reportsDir, generation, faults } = value;
  if (typeof name !== 'string' || !NAME.test(name)) throw new UsageError(`${where}: "name" must match ${NAME}`);
  if (typeof reportsDir !== 'string' || reportsDir === '')
    throw new UsageError(`${where}: "reportsDir" must be a folder`);
  const known = GENERATIONS.find((g) => g === generation);
  if (generation !== undefined && known === undefined)
    throw new UsageError(`${where}: "generation" must be one of ${GENERATIONS.join(', ')}`);
  if (faults !== undefined && !(Array.isArray(faults) && faults.every((f) => typeof f === 'string')))
    throw new UsageError(`${where}: "faults" must be a list of fault names`);
  return {
    name,
    reportsDir,
    ...(known === undefined ? {} : { generation: known }),
    ...(faults === undefined ? {} : { faults: faults.filter((f): f is string => typeof f === 'string') }),
  };
}

/** The lanes of a lanes file; a clear UsageError when the file is not one. */
export function parseLanes(text: string, file: string): Lane[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UsageError(`${file} is not JSON`);
  }
  if (!Array.isArray(parsed) || parsed.length === 0) throw new UsageError(`${file}: not a non-empty list of lanes`);
  const lanes = parsed.map((value, index) => laneOf(value, index, file));
  const names = lanes.map((l) => l.name);
  const twice = names.filter((n, i) => names.indexOf(n) !== i);
  if (twice.length > 0) throw new UsageError(`${file}: lane ${twice.join(', ')} named twice`);
  const dirs = lanes.map((l) => l.reportsDir);
  const shared = dirs.filter((d, i) => dirs.indexOf(d) !== i);
  if (shared.length > 0) throw new UsageError(`${file}: lanes share the reports folder ${shared.join(', ')}`);
  return lanes;
}

let cachedLanes: { file: string; lanes: Lane[] } | undefined;

/** The run's lanes (WMCT_LANES, or WM_API's: one per API), or null for a run without lanes. */
export function runLanes(config?: Pick<Config, 'apis' | 'reportsDir'>): Lane[] | null {
  const file = internalValue('WMCT_LANES');
  if (file === undefined || file === '') return config === undefined ? null : apiLanes(config);
  if (config !== undefined && config.apis !== null) throw new UsageError('WM_API and WMCT_LANES exclude each other');
  if (cachedLanes?.file !== file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new UsageError(`WMCT_LANES: cannot read ${file}`);
    }
    cachedLanes = { file, lanes: parseLanes(text, file) };
  }
  return cachedLanes.lanes;
}
