/**
 * Which baseline document the breaking-change gate compares the live document with:
 * WM_BASELINE — a path (relative to the project root, or absolute) or a baseline name such as
 * "v1" for schemas/baselines/v1.json — else the committed baseline of the live document's API
 * generation. The global setup checks the file once (it exists, parses, and is a valid OpenAPI
 * document: else one UsageError line, exit 2); an unknown generation without WM_BASELINE is not
 * an error: the gate's tests skip with the reason.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { UsageError } from '../core/errors.ts';
import { GENERATIONS, type Generation } from '../core/domain.ts';
import { PROJECT_ROOT } from '../config/load.ts';
import { parseDocumentText } from '../document/parse.ts';
import type { JsonObject } from '../core/json.ts';
import { validateDocument } from '../document/validate.ts';

export const BASELINES_DIR = join(PROJECT_ROOT, 'schemas', 'baselines');

/** The gate compares with `file`, or skips with `skipReason`. */
export type RunBaseline = { readonly file: string } | { readonly skipReason: string };

/** A baseline name ("v1", "v1-versions", "staging"), as opposed to a path ("baselines/v1.json"). */
export function isBaselineName(value: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value) && !/\.(json|ya?ml)$/i.test(value);
}

export function baselineFileOf(name: string): string {
  return join(BASELINES_DIR, `${name}.json`);
}

/** A file as messages show it: relative to the project root when it lies inside it. */
export function shownPath(file: string): string {
  const rel = relative(PROJECT_ROOT, file);
  return rel === '' || rel.startsWith('..') ? file : rel;
}

/** How titles name a baseline: "v1" for schemas/baselines/v1.json, else its shown path. */
export function baselineLabel(file: string): string {
  return dirname(file) === BASELINES_DIR && file.endsWith('.json') ? basename(file, '.json') : shownPath(file);
}

/**
 * Where the baseline is (the file need not exist yet: baseline:update creates it); null when
 * WM_BASELINE is unset and the generation is unknown or not usable as a file name.
 */
export function baselineLocation(setting: string | null, generation: string): string | null {
  if (setting !== null) return isBaselineName(setting) ? baselineFileOf(setting) : resolve(PROJECT_ROOT, setting);
  return generation !== 'unknown' && isBaselineName(generation) ? baselineFileOf(generation) : null;
}

function readText(file: string, source: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code =
      error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : String(error);
    throw new UsageError(`${source} cannot be read (${code})`);
  }
}

/** Parses the baseline file (JSON or YAML); any problem is one UsageError line naming it. */
export function readBaseline(file: string): JsonObject {
  const source = `baseline ${shownPath(file)}`;
  return parseDocumentText(readText(file, source), source);
}

function committedNames(): string {
  return GENERATIONS.filter((g) => existsSync(baselineFileOf(g))).join(', ');
}

/**
 * Generations the suite knows whose baseline is not committed yet (hub-v2: issue 14 adds it):
 * without WM_BASELINE the gate skips, saying so, instead of refusing the run.
 */
const NOT_YET_COMMITTED: readonly Generation[] = ['hub-v2'];

function missing(setting: string | null, generation: string, file: string): RunBaseline {
  const shown = shownPath(file);
  if (setting !== null) {
    const names = isBaselineName(setting) ? ` (committed baselines: ${committedNames()})` : '';
    throw new UsageError(`WM_BASELINE=${setting}: ${shown} does not exist${names}`);
  }
  if (GENERATIONS.some((g) => g === generation && !NOT_YET_COMMITTED.includes(g))) {
    throw new UsageError(
      `no baseline for API generation ${generation}: ${shown} does not exist — run npm run baseline:update, or set WM_BASELINE`,
    );
  }
  return {
    skipReason: `no baseline for API generation "${generation}" (${shown}) and WM_BASELINE is not set — npm run baseline:update creates one`,
  };
}

/**
 * The run's baseline, checked: exists, parses, passes the document validator (version, $refs,
 * OpenAPI meta-schema). Throws a one-line UsageError for a bad file.
 */
export async function resolveRunBaseline(setting: string | null, generation: string): Promise<RunBaseline> {
  const file = baselineLocation(setting, generation);
  if (file === null) {
    return {
      skipReason: `the live document's API generation is unknown (no /api/<generation> path prefix) and WM_BASELINE is not set`,
    };
  }
  if (!existsSync(file)) return missing(setting, generation, file);
  await validateDocument(readBaseline(file), `baseline ${shownPath(file)}`);
  return { file };
}
