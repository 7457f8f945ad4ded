/**
 * cross-api-consistency (a both-APIs run, WM_API=v1,hub-v2): a resource created or changed
 * through one API reads the same through the other, field by field under the renames of the
 * migration guide (facts §4.1, §4.3: a v1 project is a v2 workspace, `id` → `workspaceKey`,
 * `id` → `fileKey`, `folderId` → `folderKey`, file types compared in lower case). Nothing to
 * compare never passes.
 */
import { isDeepStrictEqual } from 'node:util';
import type { JsonValue } from '../../core/json.ts';
import type { CheckDefinition, Verdict } from '../types.ts';

/** One field as each API names and answers it. */
export interface CrossApiField {
  readonly v1: string;
  readonly v2: string;
  readonly v1Value: JsonValue | undefined;
  readonly v2Value: JsonValue | undefined;
  /** Strings compared in lower case (the file type: v1 `BPMN`/`bpmn`, v2 `bpmn`). */
  readonly caseInsensitive?: boolean;
}

export interface CrossApiReading {
  /** What was compared, e.g. "a v1 project read as a v2 workspace". */
  readonly what: string;
  readonly fields: readonly CrossApiField[];
}

function normal(value: JsonValue | undefined, caseInsensitive: boolean): JsonValue | undefined {
  return caseInsensitive && typeof value === 'string' ? value.toLowerCase() : value;
}

function shown(value: JsonValue | undefined): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

function judgeReading(input: CrossApiReading): Verdict {
  if (input.fields.length === 0) return { ok: false, message: `${input.what}: no field to compare` };
  const differ = input.fields.filter(
    (f) =>
      f.v1Value === undefined ||
      !isDeepStrictEqual(normal(f.v1Value, f.caseInsensitive === true), normal(f.v2Value, f.caseInsensitive === true)),
  );
  const names = input.fields.map((f) => (f.v1 === f.v2 ? f.v1 : `${f.v1} ↔ ${f.v2}`)).join(', ');
  if (differ.length === 0) return { ok: true, message: `${input.what}: the same ${names}` };
  return {
    ok: false,
    message: `${input.what}: ${differ.map((f) => `v1 ${f.v1} ${shown(f.v1Value)} but v2 ${f.v2} ${shown(f.v2Value)}`).join('; ')}`,
    expected: differ.map((f) => `${f.v2} ${shown(f.v1Value)}`).join(', '),
    actual: differ.map((f) => `${f.v2} ${shown(f.v2Value)}`).join(', '),
  };
}

export const crossApiConsistency: CheckDefinition<CrossApiReading> = {
  id: 'cross-api-consistency',
  family: 'semantics',
  title: 'a resource made or changed through one API reads the same through the other (v1 ↔ Hub API v2)',
  judge: judgeReading,
};
