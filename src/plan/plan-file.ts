/**
 * The plan as the global setup hands it to every process of the run: classified once by the
 * runner (src/setup/global-setup.ts), written beside the document as `plan.json` (operation key,
 * kind, role, permission, mutating), read back by the runner's collection and each worker
 * (src/run/suite.ts) against the same document's operations.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { PERMISSIONS } from '../core/domain.ts';
import { isJsonObject } from '../core/json.ts';
import type { LiveDocument } from '../document/types.ts';
import { RESOURCE_KINDS, ROLES, type PlannedOperation } from './classify.ts';

export function writePlanFile(file: string, plan: readonly PlannedOperation[]): void {
  const entries = plan.map(({ op, kind, role, permission, mutating }) => ({
    key: op.key,
    kind,
    role,
    permission,
    mutating,
  }));
  writeFileSync(file, JSON.stringify(entries));
}

/** The plan of `plan.json` over the document's operations; an error when the file does not fit the document. */
export function readPlanFile(file: string, doc: LiveDocument): PlannedOperation[] {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const entries = Array.isArray(parsed) ? parsed : [];
  const plan: PlannedOperation[] = [];
  for (const op of doc.operations) {
    const entry: unknown = entries.find((e: unknown) => isJsonObject(e) && e.key === op.key);
    if (!isJsonObject(entry)) throw new Error(`${file}: no plan entry for ${op.key}`);
    const kind = RESOURCE_KINDS.find((k) => k === entry.kind);
    const role = ROLES.find((r) => r === entry.role);
    const permission = entry.permission === null ? null : PERMISSIONS.find((p) => p === entry.permission);
    if (kind === undefined || role === undefined || permission === undefined || typeof entry.mutating !== 'boolean') {
      throw new Error(`${file}: the plan entry of ${op.key} is malformed`);
    }
    plan.push({ op, kind, role, permission, mutating: entry.mutating });
  }
  if (entries.length !== plan.length)
    throw new Error(`${file}: ${entries.length} plan entries for ${plan.length} operations`);
  return plan;
}
