/**
 * What `npm run baseline:update` does: loads the config as a run does, starts the embedded
 * reference target when WM_BASE_URL is unset, fetches and validates the live document, shows the
 * classified changes against the current baseline (ignore list applied), and writes the live
 * document as the new baseline (pretty JSON, keys in the order served) where the run would look
 * for it: WM_BASELINE, else schemas/baselines/<generation>.json. A dry run only shows.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { shownUrl } from '../core/redact.ts';
import { UsageError } from '../core/errors.ts';
import { loadConfig, type Config } from '../config/load.ts';
import { applyIgnores, classify, type DiffResult } from '../diff/classify-changes.ts';
import { formatText } from '../diff/format.ts';
import type { IgnoreEntry } from '../diff/ignore.ts';
import { loadLiveDocument } from '../document/index.ts';
import type { JsonObject } from '../core/json.ts';
import type { LiveDocument } from '../document/types.ts';
import { HttpClient } from '../http/client.ts';
import { classifyAll } from '../plan/classify.ts';
import { generationOf } from '../run/facts.ts';
import { fetchDocumentText } from '../run/preflight.ts';
import { resolveTarget } from '../run/target.ts';
import { baselineLocation, readBaseline, shownPath } from './baseline.ts';
import { loadGateIgnores } from './ignores.ts';

export interface UpdateOptions {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly dryRun: boolean;
  readonly out: (text: string) => void;
}

export interface UpdateResult {
  readonly file: string;
  readonly generation: string;
  readonly written: boolean;
  /** Null when there was no readable baseline to compare with. */
  readonly changes: DiffResult | null;
}

/** The text the baseline file holds for a document: pretty JSON, keys as served, final newline. */
export function baselineText(document: JsonObject): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

async function fetchLiveDocument(config: Config): Promise<{ doc: LiveDocument; source: string }> {
  const resolved = await resolveTarget(config);
  try {
    const http = new HttpClient({ timeoutMs: config.requestTimeoutMs, maxRetries: config.maxRetries });
    const source = resolved.target.openapiUrl;
    const text = await fetchDocumentText(http, source, 0);
    return {
      doc: await loadLiveDocument(text, source),
      source:
        resolved.embedded === null
          ? shownUrl(source)
          : `the embedded reference target (${resolved.embedded.generation})`,
    };
  } finally {
    await resolved.embedded?.stop();
  }
}

/** The current baseline, or null (with a line saying why) when there is none or it cannot be read. */
function currentBaseline(file: string, out: UpdateOptions['out']): JsonObject | null {
  if (!existsSync(file)) {
    out(`No baseline at ${shownPath(file)} yet: the live document becomes the first one.\n`);
    return null;
  }
  try {
    return readBaseline(file);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    out(`The current baseline cannot be read (${error.message}); it is replaced.\n`);
    return null;
  }
}

function compare(
  current: JsonObject,
  live: JsonObject,
  ignores: readonly IgnoreEntry[],
  implicitRequired: boolean,
): DiffResult {
  return applyIgnores(classify(current, live, { implicitRequired }), ignores);
}

export async function updateBaseline(options: UpdateOptions): Promise<UpdateResult> {
  const config = loadConfig(options.env);
  const ignores = loadGateIgnores(config.breakingIgnoreFile);
  const { doc, source } = await fetchLiveDocument(config);
  const generation = generationOf({ doc, plan: classifyAll(doc, config.permissionOverrides) });
  const file = baselineLocation(config.baseline, generation);
  if (file === null) {
    throw new UsageError(
      `cannot tell which baseline to write: the live document's API generation is unknown — set WM_BASELINE to a baseline name or path`,
    );
  }
  const current = currentBaseline(file, options.out);
  const changes = current === null ? null : compare(current, doc.raw, ignores, config.gateImplicitRequired);
  if (changes !== null)
    options.out(`Baseline ${shownPath(file)} → live document from ${source}:\n${formatText(changes)}`);
  if (options.dryRun) {
    options.out(`Dry run: ${shownPath(file)} not written.\n`);
    return { file, generation, written: false, changes };
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, baselineText(doc.raw));
  options.out(`Wrote ${shownPath(file)} (API generation ${generation}, ${doc.operations.length} operations).\n`);
  return { file, generation, written: true, changes };
}
