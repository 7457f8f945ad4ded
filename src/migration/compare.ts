/**
 * The migration report computed from two live documents under the mapping (mapping.ts): every
 * operation of the v1 document with its v2 counterpart, or dropped with its replacement, or
 * unknown; the v2 operations nothing maps to; and for every pair the changes of the guide as the
 * documents show them ("matches the guide", "differs: …", "not found in the documents").
 */
import type { LiveDocument, OperationModel } from '../document/types.ts';
import { operationFields, type FieldInfo, type OperationFields } from './fields.ts';
import {
  FIELD_CHANGES,
  OPERATION_MAPPING,
  operationKey,
  type ChangeCheck,
  type FieldChange,
  type FieldRef,
  type Place,
} from './mapping.ts';
import {
  MIGRATION_SCHEMA,
  type Behaviour,
  type ChangeOutcome,
  type CounterpartRef,
  type DocumentSummary,
  type MigrationReport,
  type OperationEntry,
  type OperationRef,
  type RenameEntry,
  type Verdict,
} from './report.ts';

/** A document with where it was read. */
export interface SourcedDocument {
  readonly document: LiveDocument;
  readonly source: string;
}

/** Where a response's object may sit: top level, or in v1's `metadata`, a search's `items`, a detail's wrapper. */
const RESPONSE_ROOTS = ['', 'metadata.', 'items.', 'folder.', 'workspace.', 'project.'];
const ALL_PLACES: readonly Place[] = ['request', 'response', 'path'];

interface Side {
  readonly operation: OperationModel;
  readonly fields: OperationFields;
}

interface Found {
  readonly path: string;
  readonly info: FieldInfo;
}

function find(side: Side, ref: FieldRef): Found[] {
  const found: Found[] = [];
  for (const place of ref.in ?? ALL_PLACES) {
    for (const field of ref.fields) {
      if (place === 'path') {
        if (side.fields.pathParameters.has(field))
          found.push({
            path: `{${field}}`,
            info: { types: new Set(['string']), enums: new Set(), required: true, nullable: false },
          });
      } else if (place === 'request') {
        const info = side.fields.request.get(field);
        if (info !== undefined) found.push({ path: `request ${field}`, info });
      } else {
        for (const root of RESPONSE_ROOTS) {
          const info = side.fields.response.get(`${root}${field}`);
          if (info !== undefined) found.push({ path: `response ${root}${field}`, info });
        }
      }
    }
  }
  return found;
}

const names = (ref: FieldRef): string => ref.fields.join(' / ');
const listed = (found: readonly Found[]): string => found.map((f) => f.path).join(', ');
const outcome = (verdict: Verdict, detail: string): { verdict: Verdict; detail: string } => ({ verdict, detail });

function enumsOf(found: readonly Found[]): Set<string> {
  return new Set(found.flatMap((f) => [...f.info.enums]));
}

function typesOf(found: readonly Found[]): Set<string> {
  return new Set(found.flatMap((f) => [...f.info.types]));
}

/** The verdict of one change on one pair. */
export function judge(check: ChangeCheck, v1: Side, v2: Side): { verdict: Verdict; detail: string } {
  switch (check.kind) {
    case 'rename': {
      const from1 = find(v1, check.from);
      const to2 = find(v2, check.to);
      const from2 = find(v2, check.from);
      if (from1.length === 0 && to2.length === 0)
        return outcome('not-found', `neither ${names(check.from)} in v1 nor ${names(check.to)} in v2`);
      if (from1.length === 0) return outcome('not-found', `v1 has no ${names(check.from)} (v2 has ${listed(to2)})`);
      if (to2.length === 0) return outcome('differs', `v1 has ${listed(from1)}, v2 has no ${names(check.to)}`);
      if (from2.length > 0 && check.fromMayRemain !== true)
        return outcome('differs', `v2 has ${listed(to2)} but still ${listed(from2)}`);
      return outcome('matches', `v1 ${listed(from1)} → v2 ${listed(to2)}`);
    }
    case 'removed': {
      const from1 = find(v1, check.from);
      const from2 = find(v2, check.from);
      if (from1.length === 0) return outcome('not-found', `v1 has no ${names(check.from)}`);
      if (from2.length > 0) return outcome('differs', `v2 still has ${listed(from2)}`);
      return outcome('matches', `v1 has ${listed(from1)}, v2 has none of it`);
    }
    case 'added': {
      const to1 = find(v1, check.to);
      const to2 = find(v2, check.to);
      if (to2.length === 0) return outcome('differs', `v2 has no ${names(check.to)}`);
      if (to1.length > 0) return outcome('differs', `v1 already has ${listed(to1)}`);
      return outcome('matches', `v2 has ${listed(to2)}, v1 has none`);
    }
    case 'enum': {
      const from1 = find(v1, check.from);
      const to2 = find(v2, check.to);
      const values1 = enumsOf(from1);
      const values2 = enumsOf(to2);
      const shown1 = values1.size === 0 ? 'no values' : [...values1].join(', ');
      const shown2 = values2.size === 0 ? 'no values' : [...values2].join(', ');
      if (!values1.has(check.fromValue))
        return outcome(
          'not-found',
          `v1 ${from1.length === 0 ? `has no ${names(check.from)}` : `lists ${shown1}`}, not "${check.fromValue}"`,
        );
      if (to2.length === 0) return outcome('differs', `v2 has no ${names(check.to)}`);
      if (check.toValue === null) {
        return values2.has(check.fromValue)
          ? outcome('differs', `v2 still allows "${check.fromValue}"`)
          : outcome('matches', `v1 allows "${check.fromValue}", v2 lists ${shown2}`);
      }
      if (!values2.has(check.toValue)) return outcome('differs', `v2 lists ${shown2}, not "${check.toValue}"`);
      if (values2.has(check.fromValue))
        return outcome('differs', `v2 lists both "${check.fromValue}" and "${check.toValue}"`);
      return outcome('matches', `v1 "${check.fromValue}" → v2 "${check.toValue}"`);
    }
    case 'required': {
      const to1 = find(v1, check.to);
      const to2 = find(v2, check.to);
      if (to2.length === 0) return outcome('differs', `v2 has no ${names(check.to)}`);
      if (!to2.some((f) => f.info.required)) return outcome('differs', `v2 does not require ${listed(to2)}`);
      if (to1.some((f) => f.info.required))
        return outcome('differs', `v1 already requires ${listed(to1.filter((f) => f.info.required))}`);
      return outcome(
        'matches',
        `v2 requires ${listed(to2.filter((f) => f.info.required))}${to1.length === 0 ? '' : ', v1 does not'}`,
      );
    }
    case 'nullable': {
      const to2 = find(v2, check.to);
      if (to2.length === 0) return outcome('differs', `v2 has no ${names(check.to)}`);
      return to2.some((f) => f.info.nullable)
        ? outcome('matches', `v2 ${listed(to2)} is nullable`)
        : outcome('differs', `v2 ${listed(to2)} is not nullable`);
    }
    case 'type': {
      const from1 = find(v1, check.field);
      const to2 = find(v2, check.field);
      const types1 = typesOf(from1);
      const types2 = typesOf(to2);
      if (!types1.has(check.fromType))
        return outcome('not-found', `v1 has no ${names(check.field)} of type ${check.fromType}`);
      if (to2.length === 0) return outcome('differs', `v2 has no ${names(check.field)}`);
      if (!types2.has(check.toType) || types2.has(check.fromType))
        return outcome('differs', `v2 ${listed(to2)} is ${[...types2].join(' or ') || 'untyped'}`);
      return outcome('matches', `v1 ${check.fromType} → v2 ${check.toType}`);
    }
    case 'flatten': {
      const in1 = v1.fields.response.has(check.wrapper);
      const in2 = v2.fields.response.has(check.wrapper);
      if (!in1) return outcome('not-found', `the v1 response has no "${check.wrapper}" wrapper`);
      if (in2) return outcome('differs', `the v2 response still has "${check.wrapper}"`);
      return outcome('matches', `v1 wraps the object in "${check.wrapper}", v2 answers it flat`);
    }
    case 'method': {
      const m1 = v1.operation.method.toUpperCase();
      const m2 = v2.operation.method.toUpperCase();
      if (m1 !== check.fromMethod) return outcome('not-found', `v1 uses ${m1}, not ${check.fromMethod}`);
      if (m2 !== check.toMethod) return outcome('differs', `v2 uses ${m2}, not ${check.toMethod}`);
      return outcome('matches', `${m1} → ${m2}`);
    }
    case 'problem-errors': {
      const problem = (side: Side): boolean => [...side.fields.errorMediaTypes].some((m) => m.includes('problem+json'));
      const shown = (side: Side): string => [...side.fields.errorMediaTypes].join(', ') || 'no error body';
      if (!problem(v2)) return outcome('differs', `v2 documents ${shown(v2)} for its errors`);
      if (problem(v1)) return outcome('differs', `v1 already documents application/problem+json errors`);
      return outcome('matches', `v1 ${shown(v1)} → v2 ${shown(v2)}`);
    }
  }
}

function refOf(operation: OperationModel, apiPrefix: string): OperationRef {
  return {
    key: operationKey(operation.method, operation.path, apiPrefix),
    method: operation.method.toUpperCase(),
    path: operation.path,
    operationId: operation.operationId,
  };
}

function summaryOf(sourced: SourcedDocument): DocumentSummary {
  const { document } = sourced;
  return {
    source: sourced.source,
    title: document.title,
    infoVersion: document.infoVersion,
    apiPrefix: document.apiPrefix,
    operations: document.operations.length,
  };
}

function changeOutcome(change: FieldChange, v1: Side, v2: Side): ChangeOutcome {
  const judged =
    change.behaviourOnly === undefined ? judge(change.check, v1, v2) : outcome('not-found', change.behaviourOnly);
  return { id: change.id, text: change.text, action: change.action, ...judged };
}

/** Worst first: one differing pair makes the change differ; one matching pair (and none differing) makes it match. */
function overall(change: FieldChange, outcomes: readonly { key: string; outcome: ChangeOutcome }[]): RenameEntry {
  const differing = outcomes.filter((o) => o.outcome.verdict === 'differs');
  const matching = outcomes.filter((o) => o.outcome.verdict === 'matches');
  const pick = differing.length > 0 ? differing : matching.length > 0 ? matching : outcomes;
  const verdict: Verdict = differing.length > 0 ? 'differs' : matching.length > 0 ? 'matches' : 'not-found';
  const detail =
    outcomes.length === 0
      ? 'no operation it applies to is in both documents'
      : pick
          .slice(0, 3)
          .map((o) => `${o.key}: ${o.outcome.detail}`)
          .join('; ') + (pick.length > 3 ? `; and ${pick.length - 3} more` : '');
  return {
    id: change.id,
    text: change.text,
    action: change.action,
    source: change.source,
    verdict,
    detail: change.behaviourOnly ?? detail,
    operations: outcomes.map((o) => o.key),
  };
}

/** The report from the v1 document (`from`) to the Hub API v2 document (`to`). */
export function compareDocuments(
  from: SourcedDocument,
  to: SourcedDocument,
  behaviour: Behaviour,
  now: Date = new Date(),
): MigrationReport {
  const v1Prefix = from.document.apiPrefix;
  const v2Prefix = to.document.apiPrefix;
  const v2ByKey = new Map(to.document.operations.map((op) => [operationKey(op.method, op.path, v2Prefix), op]));
  const rootOf = (doc: SourcedDocument): typeof doc.document.raw => doc.document.raw;
  const fieldsCache = new Map<OperationModel, OperationFields>();
  const sideOf = (doc: SourcedDocument, operation: OperationModel): Side => {
    let fields = fieldsCache.get(operation);
    if (fields === undefined) {
      fields = operationFields(rootOf(doc), operation);
      fieldsCache.set(operation, fields);
    }
    return { operation, fields };
  };

  const reached = new Set<string>();
  const perChange = new Map<string, { key: string; outcome: ChangeOutcome }[]>(FIELD_CHANGES.map((c) => [c.id, []]));
  const v1Keys = new Set<string>();
  const operations: OperationEntry[] = from.document.operations.map((operation) => {
    const v1 = refOf(operation, v1Prefix);
    v1Keys.add(v1.key);
    const entry = OPERATION_MAPPING.find((m) => m.v1 === v1.key);
    if (entry === undefined) {
      return { v1, status: 'unknown', v2: [], note: null, replacement: null, source: null, changes: [] };
    }
    const counterparts: CounterpartRef[] = entry.v2.map((key) => {
      const found = v2ByKey.get(key);
      if (found === undefined) {
        const [method = '', path = ''] = key.split(' ');
        return { key, method, path: `${v2Prefix}${path}`, operationId: null, inDocument: false };
      }
      reached.add(key);
      return { ...refOf(found, v2Prefix), inDocument: true };
    });
    const first = entry.v2.map((key) => v2ByKey.get(key)).find((op) => op !== undefined);
    const changes: ChangeOutcome[] = [];
    if (first !== undefined) {
      const v1Side = sideOf(from, operation);
      const v2Side = sideOf(to, first);
      for (const change of FIELD_CHANGES.filter((c) => c.applies.includes(v1.key))) {
        const result = changeOutcome(change, v1Side, v2Side);
        changes.push(result);
        perChange.get(change.id)?.push({ key: v1.key, outcome: result });
      }
    }
    return {
      v1,
      status: entry.status,
      v2: counterparts,
      note: entry.note,
      replacement: entry.replacement,
      source: entry.source,
      changes,
    };
  });

  // New in v2: what no operation of THIS v1 document leads to (v2 projects are new to a client of
  // the published v1 API, not to one of v1 on Camunda 8.10, which has process applications).
  const newInV2 = to.document.operations.map((op) => refOf(op, v2Prefix)).filter((ref) => !reached.has(ref.key));
  const renames = FIELD_CHANGES.map((change) => overall(change, perChange.get(change.id) ?? []));
  const count = (verdict: Verdict): number => renames.filter((r) => r.verdict === verdict).length;
  return {
    schema: MIGRATION_SCHEMA,
    generatedAt: now.toISOString(),
    from: summaryOf(from),
    to: summaryOf(to),
    summary: {
      v1Operations: operations.length,
      mapped: operations.filter((o) => o.status === 'mapped').length,
      dropped: operations.filter((o) => o.status === 'dropped').length,
      unknown: operations.filter((o) => o.status === 'unknown').length,
      newInV2: newInV2.length,
      changes: { matches: count('matches'), differs: count('differs'), 'not-found': count('not-found') },
    },
    operations,
    newInV2,
    mappingNotInDocument: OPERATION_MAPPING.map((m) => m.v1).filter((key) => !v1Keys.has(key)),
    renames,
    behaviour,
  };
}
