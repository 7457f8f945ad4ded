/**
 * Where `npm run migration` reads its two documents, and whether it can observe behaviour:
 *
 * - v1: `--from-file`, else the profile's target (WM_OPENAPI_URL, else `${WM_BASE_URL}/v3/api-docs`),
 *   else the embedded reference target of generation `--from` (default v1, the published v1 API);
 * - v2: `--to-file`, else WM_V2_OPENAPI_URL, else `${WM_V2_BASE_URL}/v3/api-docs`, else the
 *   embedded reference target of generation `--to` (hub-v2);
 * - behaviour: what a both-APIs run of the suite observed (WM_API=v1,hub-v2), when the reports
 *   folder holds its compliance report (run-behaviour.ts); else, when both documents come from the
 *   embedded target, observed by the probes (probes.ts) on the embedded target serving v1 (as
 *   Camunda 8.10 serves it) and the Hub API v2 on one store; otherwise the report says it was not
 *   observed.
 *
 * Documents are read as a run reads its document (src/document: redirects, Swagger UI pages,
 * split specifications bundled), then validated and modelled; every problem is one line.
 */
import { UsageError } from '../core/errors.ts';
import { shownUrl } from '../core/redact.ts';
import { GENERATIONS, type Generation } from '../core/domain.ts';
import type { Config } from '../config/load.ts';
import { fetchDocument } from '../document/fetch.ts';
import { loadLiveDocument } from '../document/index.ts';
import type { LiveDocument } from '../document/types.ts';
import { HttpClient } from '../http/client.ts';
import { startReferenceTarget, type RunningReferenceTarget } from '../../reference/target.ts';
import type { SourcedDocument } from './compare.ts';
import { OPERATION_MAPPING, operationKey } from './mapping.ts';
import { observeBehaviour } from './probes.ts';
import { behaviourFromRun } from './run-behaviour.ts';
import type { Behaviour } from './report.ts';

export const FROM_GENERATIONS: readonly Generation[] = GENERATIONS.filter((g) => g !== 'hub-v2');
export const TO_GENERATIONS: readonly Generation[] = ['hub-v2'];

export interface SourceOptions {
  readonly fromFile: string | null;
  readonly toFile: string | null;
  /** --from / --to as given (null: not given). */
  readonly fromGeneration: string | null;
  readonly toGeneration: string | null;
}

export interface MigrationInput {
  readonly from: SourcedDocument;
  readonly to: SourcedDocument;
  readonly behaviour: Behaviour;
}

type Side =
  | { readonly kind: 'document'; readonly source: string; readonly setting: string }
  | { readonly kind: 'embedded'; readonly generation: Generation };

function generationOf(
  given: string | null,
  fallback: Generation,
  allowed: readonly Generation[],
  flag: string,
): Generation {
  if (given === null) return fallback;
  const found = allowed.find((g) => g === given);
  if (found === undefined)
    throw new UsageError(`migration: ${flag} must be one of ${allowed.join(', ')}, not "${given}"`);
  return found;
}

function sideOf(
  file: string | null,
  openapiUrl: string | null,
  baseUrl: string | null,
  settings: readonly [string, string],
  flag: string,
  given: string | null,
  generation: Generation,
): Side {
  const [urlSetting, baseSetting] = settings;
  const source =
    file !== null
      ? { source: file, setting: `${flag}-file` }
      : openapiUrl !== null
        ? { source: openapiUrl, setting: urlSetting }
        : baseUrl !== null
          ? { source: `${baseUrl}/v3/api-docs`, setting: baseSetting }
          : null;
  if (source === null) return { kind: 'embedded', generation };
  if (given !== null) {
    throw new UsageError(
      `migration: ${flag} chooses the embedded target's generation; the document comes from ${source.setting} here (leave out ${flag})`,
    );
  }
  return { kind: 'document', ...source };
}

/** Reads, validates and models one document; `role` checks it is the API it should be. */
async function readDocument(
  config: Config,
  source: string,
  setting: string,
  role: 'v1' | 'v2',
): Promise<SourcedDocument> {
  const http = new HttpClient({ timeoutMs: config.requestTimeoutMs, maxRetries: 0 });
  const found = await fetchDocument({ http, setting }, source);
  const document = await loadLiveDocument(found.text, found.url);
  assertRole(document, source, role);
  return { document, source: shownUrl(found.url) };
}

/** Operations only one of the two APIs has (both have e.g. `POST /projects`, with different meanings). */
const ONLY_V1 = /^\w+ \/(?:collaborators|milestones|process-applications)\b|\/restore$|\/compare\//;
const ONLY_V2 = /^\w+ \/(?:workspaces|members)\b|\/restoration$/;

/**
 * A document none of whose operations the mapping knows, or with an operation only the other
 * API has (e.g. the two swapped), is the wrong input.
 */
export function assertRole(document: LiveDocument, source: string, role: 'v1' | 'v2'): void {
  const own = new Set(role === 'v1' ? OPERATION_MAPPING.map((m) => m.v1) : OPERATION_MAPPING.flatMap((m) => m.v2));
  const keys = document.operations.map((op) => operationKey(op.method, op.path, document.apiPrefix));
  const foreign = keys.find((key) => (role === 'v1' ? ONLY_V2 : ONLY_V1).test(key));
  const name = role === 'v1' ? 'Web Modeler API v1' : 'Hub API v2';
  if (foreign !== undefined) {
    throw new UsageError(
      `migration: ${source} is not a ${name} document: it has ${foreign}, an operation of the ${role === 'v1' ? 'Hub API v2' : 'Web Modeler API v1'} (are the two documents swapped?)`,
    );
  }
  if (!keys.some((key) => own.has(key))) {
    throw new UsageError(
      `migration: ${source} is not a ${name} document: none of its ${keys.length} operations is one the migration mapping knows`,
    );
  }
}

async function embeddedDocument(target: RunningReferenceTarget, generation: Generation): Promise<SourcedDocument> {
  const api = target.apis.find((a) => a.generation === generation);
  if (api === undefined) throw new Error(`the embedded target serves no ${generation}`);
  const response = await fetch(api.openapiUrl, { signal: AbortSignal.timeout(30_000) });
  const document = await loadLiveDocument(await response.text(), api.openapiUrl);
  return { document, source: `embedded reference target, generation ${generation}` };
}

const NOT_EMBEDDED =
  'behaviour is observed only when both documents come from the embedded reference target (it runs small probes against v1 and the Hub API v2 on one store); with documents from files or a profile none was observed';

/** The two documents (and the behaviour observed, when both come from the embedded target). */
export async function readMigrationInput(config: Config, options: SourceOptions): Promise<MigrationInput> {
  const fromGeneration = generationOf(options.fromGeneration, 'v1', FROM_GENERATIONS, '--from');
  const toGeneration = generationOf(options.toGeneration, 'hub-v2', TO_GENERATIONS, '--to');
  const from = sideOf(
    options.fromFile,
    config.openapiUrl,
    config.baseUrl,
    ['WM_OPENAPI_URL', 'WM_BASE_URL'],
    '--from',
    options.fromGeneration,
    fromGeneration,
  );
  const to = sideOf(
    options.toFile,
    config.v2OpenapiUrl,
    config.v2BaseUrl,
    ['WM_V2_OPENAPI_URL', 'WM_V2_BASE_URL'],
    '--to',
    options.toGeneration,
    toGeneration,
  );
  if (from.kind === 'document' && from.setting !== '--from-file' && to.kind === 'embedded' && options.toFile === null) {
    throw new UsageError(
      `migration: ${from.setting} is set but neither WM_V2_OPENAPI_URL nor WM_V2_BASE_URL: set one to the Hub API v2 of the same installation, or give --to-file`,
    );
  }
  const targets: RunningReferenceTarget[] = [];
  try {
    let both: RunningReferenceTarget | null = null;
    if (from.kind === 'embedded' && to.kind === 'embedded') {
      both = await startReferenceTarget({ generation: ['v1-8.10', 'hub-v2'] });
      targets.push(both);
    }
    const embedded = async (generation: Generation): Promise<SourcedDocument> => {
      if (both !== null && both.apis.some((a) => a.generation === generation))
        return embeddedDocument(both, generation);
      const single = await startReferenceTarget({ generation });
      targets.push(single);
      return embeddedDocument(single, generation);
    };
    const fromDoc =
      from.kind === 'embedded'
        ? await embedded(from.generation)
        : await readDocument(config, from.source, from.setting, 'v1');
    const toDoc =
      to.kind === 'embedded' ? await embedded(to.generation) : await readDocument(config, to.source, to.setting, 'v2');
    // A both-APIs run's report in the reports folder says what the suite observed; else the probes.
    const behaviour: Behaviour =
      behaviourFromRun(config.reportsDir) ??
      (both === null
        ? { observed: false, reason: NOT_EMBEDDED, target: null, observations: [] }
        : await observeBehaviour(both).catch((error: unknown): Behaviour => ({
            observed: false,
            reason: `the probes could not run on the embedded target: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`,
            target: null,
            observations: [],
          })));
    return { from: fromDoc, to: toDoc, behaviour };
  } finally {
    await Promise.all(targets.map((t) => t.stop()));
  }
}
