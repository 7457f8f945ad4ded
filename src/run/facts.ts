/** The run-level facts the reporters show (target, document, findings, deviations), without any secret. */
import { deprecationNote } from '../document/deprecation.ts';
import { shownUrl } from '../core/redact.ts';
import type { RunFacts } from '../core/run-facts.ts';
import { isAbsolute, relative } from 'node:path';
import { PROJECT_ROOT } from '../config/load.ts';
import type { Suite } from './suite.ts';
import { isJsonObject, type JsonObject } from '../core/json.ts';

/** A file as the reports show it: relative to the project when inside it (no machine paths). */
function shownPath(file: string | null): string | null {
  if (file === null) return null;
  const rel = relative(PROJECT_ROOT, file);
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

/**
 * The path of the document's first server URL ("/api/v2" for "{schema}://{host}:{port}/api/v2"),
 * "" when it has none: the Hub API v2's documents write their paths relative to it.
 */
function serverPathOf(raw: JsonObject): string {
  const first = Array.isArray(raw.servers) ? raw.servers[0] : undefined;
  const url = isJsonObject(first) && typeof first.url === 'string' ? first.url : '';
  return url
    .replace(/^[^:/]*:\/\/[^/]*/, '')
    .replace(/^\{[^}]*\}:\/\/[^/]*/, '')
    .replace(/\/+$/, '');
}

/**
 * The API generation a document describes: beta, v1 with milestones, v1 with versions, or the
 * Hub API v2 (paths under /api/v2, or a first server URL ending in /api/v2).
 */
export function generationOf(suite: Pick<Suite, 'doc' | 'plan'>): string {
  const { apiPrefix } = suite.doc;
  if (apiPrefix.endsWith('/api/v2') || (apiPrefix === '' && serverPathOf(suite.doc.raw).endsWith('/api/v2')))
    return 'hub-v2';
  if (apiPrefix.endsWith('/beta')) return 'beta';
  if (apiPrefix.endsWith('/v1')) return suite.plan.some((p) => p.op.resource === 'versions') ? 'v1-versions' : 'v1';
  if (apiPrefix.endsWith('/v2')) return 'hub-v2';
  return apiPrefix === '' ? 'unknown' : apiPrefix.replace(/^.*\//, '');
}

/** The run's facts; in a run with lanes, those of `lane`'s target (its run folder is the suite's). */
export function runFacts(suite: Suite, lane: string | null = null): RunFacts {
  const { context: ctx, doc } = suite;
  return {
    runId: ctx.runId,
    suiteVersion: ctx.suiteVersion,
    target: {
      baseUrl: shownUrl(ctx.target.baseUrl),
      openapiUrl: shownUrl(ctx.target.openapiUrl),
      swaggerUiUrl: shownUrl(ctx.target.swaggerUiUrl),
      embedded: ctx.target.embedded,
      faults: ctx.target.faults,
    },
    document: {
      title: doc.title,
      infoVersion: doc.infoVersion,
      openapi: doc.openapi,
      apiPrefix: doc.apiPrefix,
      generation: generationOf(suite),
      operations: doc.operations.map((op) => ({
        key: op.key,
        method: op.method.toUpperCase(),
        path: op.path,
        resource: op.resource,
        statuses: op.responses.map((r) => r.status),
      })),
    },
    findings: doc.findings.map((f) => ({
      code: f.code,
      operation: f.operation,
      pointer: f.pointer,
      message: f.message,
    })),
    knownDeviations: ctx.knownDeviations,
    baseline: shownPath(ctx.baselineFile),
    readOnly: ctx.readOnly,
    deprecation: deprecationNote(doc),
    timings: ctx.timings,
    ...(lane === null ? {} : { lane }),
  };
}
