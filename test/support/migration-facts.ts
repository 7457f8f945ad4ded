/**
 * What the migration tests read of `../shared` (when it is there): the facts file's §4.2 endpoint
 * table and §4.3 renames, parsed, and where the published v1 document is.
 */
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../src/config/load.ts';
import { operationKey } from '../../src/migration/mapping.ts';

export const FACTS_FILE = resolve(PROJECT_ROOT, '..', 'shared', 'domain', 'hub-api-v2.md');
export const PUBLISHED_V1 = resolve(PROJECT_ROOT, '..', 'shared', 'reference', 'web-modeler-v1-openapi-41f4f56.json');
export const FACTS_MISSING = `the facts file is not at ${FACTS_FILE} (../shared is absent)`;
export const PUBLISHED_MISSING = `the published v1 document is not at ${PUBLISHED_V1} (../shared is absent)`;

/** The text of one `### <n>` section of the facts file. */
export function factsSection(facts: string, number: string): string {
  const start = facts.indexOf(`### ${number} `);
  if (start < 0) throw new Error(`the facts file has no section ${number}`);
  const end = facts.indexOf('\n### ', start + 1);
  return facts.slice(start, end < 0 ? undefined : end);
}

export interface PublishedRow {
  readonly v1: readonly string[];
  /** null: dropped. */
  readonly v2: string | null;
}

/** `GET/PATCH/DELETE /v1/x/{id}` → one key per method, prefix `/v1` left out. */
function keysOf(cell: string): string[] {
  const keys: string[] = [];
  for (const [, code = ''] of cell.matchAll(/`([^`]+)`/g)) {
    const match = /^((?:GET|POST|PUT|PATCH|DELETE)(?:\/(?:GET|POST|PUT|PATCH|DELETE))*) (\/v[12]\/\S+)$/.exec(code);
    if (match === null) continue;
    const [, methods = '', path = ''] = match;
    for (const method of methods.split('/')) keys.push(operationKey(method, `/api${path}`));
  }
  return keys;
}

/** The rows of the §4.2 table with a v1 operation. */
export function publishedMapping(facts: string): PublishedRow[] {
  const rows: PublishedRow[] = [];
  for (const line of factsSection(facts, '4.2').split('\n')) {
    const cells = line.split(' | ');
    if (!line.startsWith('|') || cells.length < 3) continue;
    const v1 = keysOf(cells[1] ?? '');
    if (v1.length === 0) continue;
    const v2cell = cells[2] ?? '';
    rows.push({ v1, v2: v2cell.includes('**dropped**') ? null : (keysOf(v2cell)[0] ?? 'unparsed') });
  }
  return rows;
}

/** The `a`→`b` renames of §4.3 and the names it says are removed. */
export function publishedRenames(facts: string): { renames: [string, string][]; removed: string[] } {
  const section = factsSection(facts, '4.3');
  const renames = [...section.matchAll(/`([^`]+)`\s*→\s*`([^`]+)`/g)].map((m): [string, string] => [
    m[1] ?? '',
    m[2] ?? '',
  ]);
  const removed = [...section.matchAll(/((?:`[^`]+`(?:,\s*|\s+and\s+|\s+))+)removed/g)].flatMap((m) =>
    [...(m[1] ?? '').matchAll(/`([^`]+)`/g)].map((n) => n[1] ?? ''),
  );
  return { renames, removed };
}
