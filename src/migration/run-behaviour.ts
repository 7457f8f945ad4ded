/**
 * The behavioural differences of the migration report as a both-APIs run of the suite observed
 * them (WM_API=v1,hub-v2: v1 and the Hub API v2 of one installation tested side by side), read
 * from that run's compliance report (`<reports>/compliance/compliance.json`, schema
 * `wm-conformance/api-sections@1`): the success statuses each API answered to the operations the
 * mapping pairs (200 vs 204, …), and what the semantic checks that passed show — deletes (v1:
 * gone, 404; v2: soft, listed among the recently deleted and restorable) and required search
 * filters (v2 refuses a search without one). Only what the run saw is reported; an operation
 * pair one of the APIs did not answer is left out. `npm run migration` uses it when the reports
 * folder holds such a report, else its probes (src/migration/probes.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isJsonObject, type JsonObject, type JsonValue } from '../core/json.ts';
import { OPERATION_MAPPING, operationKey } from './mapping.ts';
import type { Behaviour, BehaviourObservation } from './report.ts';

const SCHEMA = 'wm-conformance/api-sections@1';

/** What one API's section of the run shows: 2xx statuses by operation key, passed and failed checks. */
interface SectionReading {
  readonly baseUrl: string;
  readonly statuses: ReadonlyMap<string, ReadonlySet<number>>;
  readonly passed: ReadonlySet<string>;
  readonly failed: ReadonlySet<string>;
}

const objects = (value: JsonValue | undefined): JsonObject[] =>
  Array.isArray(value) ? value.filter(isJsonObject) : [];

function readSection(model: JsonObject): SectionReading | null {
  const facts = isJsonObject(model.facts) ? model.facts : null;
  const target = facts !== null && isJsonObject(facts.target) ? facts.target : null;
  const document = facts !== null && isJsonObject(facts.document) ? facts.document : null;
  if (target === null || document === null || typeof target.baseUrl !== 'string') return null;
  const prefix = typeof document.apiPrefix === 'string' ? document.apiPrefix : '';
  const keys = new Map<string, string>();
  for (const group of objects(model.matrix))
    for (const row of objects(group.rows))
      if (typeof row.operation === 'string' && typeof row.method === 'string' && typeof row.path === 'string')
        keys.set(row.operation, operationKey(row.method, row.path, prefix));
  const statuses = new Map<string, Set<number>>();
  const passed = new Set<string>();
  const failed = new Set<string>();
  for (const test of objects(model.tests)) {
    const observed = isJsonObject(test.observed) ? test.observed : {};
    for (const [operation, seen] of Object.entries(observed)) {
      const key = keys.get(operation);
      if (key === undefined || !Array.isArray(seen)) continue;
      const set = statuses.get(key) ?? new Set<number>();
      for (const status of seen) if (typeof status === 'number' && status >= 200 && status < 300) set.add(status);
      statuses.set(key, set);
    }
    for (const result of objects(test.results)) {
      if (typeof result.check !== 'string') continue;
      if (result.outcome === 'pass') passed.add(result.check);
      if (result.outcome === 'fail') failed.add(result.check);
    }
  }
  return { baseUrl: target.baseUrl, statuses, passed, failed };
}

const answered = (statuses: ReadonlySet<number>): string => [...statuses].sort((a, b) => a - b).join(' or ');

/** The operation pairs of the mapping both APIs answered with success: those answered differently, and how many the same. */
function statusObservations(v1: SectionReading, v2: SectionReading): { differ: BehaviourObservation[]; same: number } {
  const out: BehaviourObservation[] = [];
  for (const entry of OPERATION_MAPPING) {
    const v2Key = entry.v2[0];
    if (entry.status !== 'mapped' || v2Key === undefined) continue;
    const a = v1.statuses.get(entry.v1);
    const b = v2.statuses.get(v2Key);
    if (a === undefined || b === undefined || a.size === 0 || b.size === 0) continue;
    out.push({
      id: `status ${entry.v1}`,
      what: `${entry.v1} → ${v2Key}`,
      v1: `${entry.v1} → ${answered(a)}`,
      v2: `${v2Key} → ${answered(b)}`,
      differs: answered(a) !== answered(b),
      expected: `${entry.source}${entry.note === null ? '' : `: ${entry.note}`}`,
    });
  }
  return { differ: out.filter((o) => o.differs), same: out.filter((o) => !o.differs).length };
}

/** Whether every one of the checks passed in the section and none failed. */
const held = (s: SectionReading, checks: readonly string[]): boolean =>
  checks.every((c) => s.passed.has(c) && !s.failed.has(c));

/** Deletes and required filters, as the semantic checks that passed show them. */
function checkObservations(v1: SectionReading, v2: SectionReading): BehaviourObservation[] {
  const out: BehaviourObservation[] = [];
  if (held(v1, ['use-after-free']) && held(v2, ['trash-listed-root', 'restore-visible']))
    out.push({
      id: 'delete',
      what: 'delete a resource, then read it and look for it in the trash',
      v1: 'gone: a read after the delete → 404 (use-after-free); v1 lists and restores nothing deleted',
      v2: 'a soft delete: listed among the recently deleted, once, and restorable (trash-listed-root, restore-visible)',
      differs: true,
      expected: '§4.2, §2.1: v2 deletes are soft deletes (recently deleted, restorable)',
    });
  if (held(v2, ['search-required-filter']))
    out.push({
      id: 'search-required-filter',
      what: 'search without the filter v2 requires (members: workspaceKey, versions: fileKey)',
      v1: 'no filter is required: v1 documents none',
      v2: 'refused with 400 (search-required-filter)',
      differs: true,
      expected: '§2.1: filter.workspaceKey / filter.fileKey required',
    });
  return out;
}

/** The behaviour a both-APIs run observed, from its compliance report in `reportsDir`; null when there is none. */
export function behaviourFromRun(reportsDir: string): Behaviour | null {
  const file = join(reportsDir, 'compliance', 'compliance.json');
  if (!existsSync(file)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  if (!isJsonObject(parsed) || parsed.schema !== SCHEMA) return null;
  const sections = new Map<string, SectionReading>();
  for (const section of objects(parsed.sections)) {
    const reading = isJsonObject(section.model) ? readSection(section.model) : null;
    if (typeof section.api === 'string' && reading !== null) sections.set(section.api, reading);
  }
  const v1 = sections.get('v1');
  const v2 = sections.get('hub-v2');
  if (v1 === undefined || v2 === undefined) return null;
  const run = isJsonObject(parsed.run) && typeof parsed.run.startTime === 'string' ? parsed.run.startTime : 'unknown';
  const verdict = typeof parsed.verdict === 'string' ? parsed.verdict : 'unknown';
  const statuses = statusObservations(v1, v2);
  return {
    observed: true,
    reason: `observed by a run of the suite against both APIs (WM_API=v1,hub-v2, started ${run}, verdict ${verdict}; ${statuses.same} more mapped operation pairs answered with the same success status)`,
    target: `v1 at ${v1.baseUrl} and the Hub API v2 at ${v2.baseUrl}`,
    observations: [...statuses.differ, ...checkObservations(v1, v2)],
  };
}
