/**
 * The resource ledger: everything the run creates, journalled to the run folder as it happens
 * (one JSON line per event), so that the worker's teardown, the global teardown after an
 * interruption, and `npm run sweep` after a kill all know what to delete. The suite only ever
 * deletes what is in a ledger (or, for sweep, what carries an expired run tag).
 */
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isJsonObject } from '../core/json.ts';
import type { ResourceKind } from '../plan/classify.ts';

export interface LedgerEntry {
  readonly kind: ResourceKind;
  readonly id: string;
  readonly name?: string;
  /** The project the resource lives in (the clean-up deletes its files, then the project with the rest). */
  readonly projectId?: string;
  /** Hub API v2: the workspace the resource lives in (the clean-up deletes the workspace permanently, with the rest). */
  readonly workspaceId?: string;
}

/**
 * The kinds whose deletion takes everything in them along, so the clean-up deletes only those:
 * projects (Web Modeler v1, beta) and workspaces (Hub API v2).
 */
export const ROOT_KINDS: readonly ResourceKind[] = ['project', 'workspace'];

export function isRootKind(kind: ResourceKind): boolean {
  return ROOT_KINDS.includes(kind);
}

type JournalLine =
  | { readonly event: 'creating' | 'settled'; readonly kind: ResourceKind; readonly name: string }
  | { readonly event: 'created'; readonly entry: LedgerEntry }
  | { readonly event: 'deleted'; readonly kind: ResourceKind; readonly id: string };

function isJournalLine(value: unknown): value is JournalLine {
  if (!isJsonObject(value)) return false;
  if (value.event === 'creating' || value.event === 'settled')
    return typeof value.name === 'string' && typeof value.kind === 'string';
  if (value.event === 'created')
    return isJsonObject(value.entry) && typeof value.entry.id === 'string' && typeof value.entry.kind === 'string';
  return value.event === 'deleted' && typeof value.id === 'string' && typeof value.kind === 'string';
}

function key(kind: ResourceKind, id: string): string {
  return `${kind}:${id}`;
}

function forget(entries: Map<string, LedgerEntry>, kind: ResourceKind, id: string): void {
  entries.delete(key(kind, id));
  if (kind === 'project') for (const [k, entry] of entries) if (entry.projectId === id) entries.delete(k);
  if (kind === 'workspace') for (const [k, entry] of entries) if (entry.workspaceId === id) entries.delete(k);
}

export class Ledger {
  readonly #journal: string;
  readonly #entries = new Map<string, LedgerEntry>();

  constructor(journalFile: string) {
    this.#journal = journalFile;
  }

  get journalFile(): string {
    return this.#journal;
  }

  /**
   * Journals a project create about to be sent, by its (run-tagged, unique) name: a worker killed
   * while the request is in flight never learns the id, and the global teardown finds the project
   * by this name instead (unconfirmedInRunDir).
   */
  creating(kind: ResourceKind, name: string): void {
    if (!isRootKind(kind) || name === '') return;
    appendFileSync(this.#journal, `${JSON.stringify({ event: 'creating', kind, name })}\n`);
  }

  /** The target answered a journalled create (or the worker looked it up after a lost answer): no longer in flight. */
  settled(kind: ResourceKind, name: string): void {
    if (!isRootKind(kind) || name === '') return;
    appendFileSync(this.#journal, `${JSON.stringify({ event: 'settled', kind, name })}\n`);
  }

  created(entry: LedgerEntry): void {
    this.#entries.set(key(entry.kind, entry.id), entry);
    appendFileSync(this.#journal, `${JSON.stringify({ event: 'created', entry })}\n`);
  }

  /** A deleted project takes everything in it along (the clean-up empties it of files first). */
  deleted(kind: ResourceKind, id: string): void {
    if (!this.#entries.has(key(kind, id))) return;
    forget(this.#entries, kind, id);
    appendFileSync(this.#journal, `${JSON.stringify({ event: 'deleted', kind, id })}\n`);
  }

  pending(): LedgerEntry[] {
    return [...this.#entries.values()];
  }
}

/** Every journal line of a run folder, in order per journal. */
function journalLines(runDir: string): JournalLine[] {
  if (!existsSync(runDir)) return [];
  const lines: JournalLine[] = [];
  for (const file of readdirSync(runDir)
    .filter((f) => f.startsWith('ledger-') && f.endsWith('.jsonl'))
    .sort()) {
    for (const line of readFileSync(join(runDir, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        continue; // a line cut short by a kill
      }
      if (isJournalLine(parsed)) lines.push(parsed);
    }
  }
  return lines;
}

/** What the journals of a run folder say is still there. */
export function pendingInRunDir(runDir: string): LedgerEntry[] {
  const live = new Map<string, LedgerEntry>();
  for (const line of journalLines(runDir)) {
    if (line.event === 'created') live.set(key(line.entry.kind, line.entry.id), line.entry);
    else if (line.event === 'deleted') forget(live, line.kind, line.id);
  }
  return [...live.values()];
}

/**
 * The names of projects whose create was sent but never settled (the worker was killed while it
 * was in flight): the target may have made them, and only their name says which they are.
 */
export function unconfirmedInRunDir(runDir: string): string[] {
  const lines = journalLines(runDir);
  const confirmed = new Set(
    lines.flatMap((line) => {
      if (line.event === 'settled') return [line.name];
      return line.event === 'created' && isRootKind(line.entry.kind) && line.entry.name !== undefined
        ? [line.entry.name]
        : [];
    }),
  );
  return [
    ...new Set(lines.flatMap((line) => (line.event === 'creating' && !confirmed.has(line.name) ? [line.name] : []))),
  ];
}

/**
 * The order to delete pending resources in: a pending project is deleted with everything in it
 * (its files first, by the clean-up), so only resources outside the pending projects are
 * deleted one by one (deepest kinds first), then the projects.
 */
export function deletionOrder(entries: readonly LedgerEntry[]): LedgerEntry[] {
  const projects = new Set(entries.filter((e) => e.kind === 'project').map((e) => e.id));
  const workspaces = new Set(entries.filter((e) => e.kind === 'workspace').map((e) => e.id));
  const rank: Record<ResourceKind, number> = {
    version: 0,
    collaborator: 1,
    member: 1,
    file: 2,
    folder: 3,
    project: 4,
    workspace: 5,
    info: 6,
    other: 6,
  };
  const inPendingRoot = (e: LedgerEntry): boolean =>
    (e.kind !== 'project' && e.projectId !== undefined && projects.has(e.projectId)) ||
    (e.kind !== 'workspace' && e.workspaceId !== undefined && workspaces.has(e.workspaceId));
  return entries.filter((e) => !inPendingRoot(e)).sort((a, b) => rank[a.kind] - rank[b.kind]);
}
