/**
 * What every process of a run (the runner's collection, each worker) builds once from the run
 * folder: the run context, the live document's model read from the file the global setup
 * wrote (the same document everywhere, never fetched twice), the compiled validators and the
 * operations as the global setup classified them (plan.json).
 */
import { readFileSync } from 'node:fs';
import { buildDocumentModel } from '../document/model.ts';
import { SchemaValidators } from '../document/schemas.ts';
import type { LiveDocument } from '../document/types.ts';
import type { PlannedOperation } from '../plan/classify.ts';
import { readPlanFile } from '../plan/plan-file.ts';
import { join } from 'node:path';
import { runContext, runContextAt, type RunContext } from './context.ts';
import { laneRuns } from './lanes.ts';
import { isJsonObject } from '../core/json.ts';

export interface Suite {
  readonly context: RunContext;
  readonly doc: LiveDocument;
  readonly plan: readonly PlannedOperation[];
  validators(): SchemaValidators;
}

/** By run folder: a run with lanes (src/run/lanes.ts) has one per lane. */
const suites = new Map<string, Suite>();

/** Reads the document file the global setup validated (no second fetch, no second validation). */
export function documentFromFile(path: string): LiveDocument {
  const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isJsonObject(raw) || typeof raw.openapi !== 'string')
    throw new Error(`${path} is not the run's OpenAPI document`);
  return buildDocumentModel(raw, raw.openapi, raw.openapi.startsWith('3.1') ? '3.1' : '3.0');
}

type Model = Omit<Suite, 'context'>;

/** By the text of the document and plan files: the lanes of a run (one document) share one model and one set of validators. */
const models = new Map<string, Model>();

function modelOf(documentFile: string, planFile: string): Model {
  const key = `${readFileSync(documentFile, 'utf8')}\n${readFileSync(planFile, 'utf8')}`;
  const known = models.get(key);
  if (known !== undefined) return known;
  const doc = documentFromFile(documentFile);
  let validators: SchemaValidators | undefined;
  const model: Model = {
    doc,
    // Classified once, by the global setup (src/plan/plan-file.ts).
    plan: readPlanFile(planFile, doc),
    validators: () => (validators ??= new SchemaValidators(doc)),
  };
  models.set(key, model);
  return model;
}

export function currentSuite(): Suite {
  return suiteOf(runContext());
}

/** The suite of a run folder (another lane's, in a both-APIs run: the cross-API tests use both). */
export function suiteAt(runDir: string): Suite {
  return suiteOf(runContextAt(runDir));
}

function suiteOf(context: RunContext): Suite {
  const known = suites.get(context.runDir);
  if (known !== undefined) return known;
  const suite: Suite = { context, ...modelOf(context.documentFile, join(context.runDir, 'plan.json')) };
  suites.set(context.runDir, suite);
  return suite;
}

/** The tests of a suite, declared under a scope (a both-APIs run's `api:<api>`) or, null, at the top. */
export interface CollectionSuite {
  readonly scope: string | null;
  readonly suite: Suite;
}

/**
 * The suites a spec declares its tests from: the run's (one, unscoped); in a both-APIs run
 * (WM_API) every lane's, each under its scope, from the lane's own document and plan — every
 * process (runner and workers) declares all of them, each lane's project keeps its own.
 */
export function collectionSuites(): CollectionSuite[] {
  const scoped = Object.values(laneRuns()).filter((run) => run.scope !== undefined);
  if (scoped.length === 0) return [{ scope: null, suite: currentSuite() }];
  return scoped.map((run) => ({ scope: run.scope ?? null, suite: suiteAt(run.runDir) }));
}
