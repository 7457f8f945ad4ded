/**
 * Search filters of the Hub API v2 (facts §3.2): each filter property is a plain value (exact
 * match) or an operator object — `$eq $neq $exists $in $notIn` on every property, `$like` on
 * string properties, `$gt $gte $lt $lte` on dates; several operators in one object must all hold
 * (*assumed*: the specification allows them together and does not say how they combine).
 * `$like` takes `*` (any run of characters) and `?` (one character), a backslash makes the next
 * character literal; everything else, `%` and `_` included, is literal. Hand-written: the wildcard
 * syntax is the Hub's own (no library implements it), and the conversion is a dozen lines.
 * *Assumed*: a missing value (null) satisfies `$neq` and `$notIn`, and nothing but `$exists: false`.
 */
import { isJsonObject, type JsonObject, type JsonValue } from '../../src/core/json.ts';
import type { HubBehaviour } from './knobs.ts';
import type { HubSearchSpec } from './types.ts';

export type FilterKind = 'basic' | 'string' | 'date' | 'boolean' | 'set' | 'each';

/**
 * The value of one filterable property of an item: text, an instant (ms), a flag, a set of texts
 * (a snapshot's file versions) or nothing.
 */
export type FieldValue = string | number | boolean | readonly string[] | null;

const BASIC_OPERATORS = ['$eq', '$neq', '$exists', '$in', '$notIn'] as const;
const OPERATORS: Readonly<Record<FilterKind, readonly string[]>> = {
  basic: BASIC_OPERATORS,
  string: [...BASIC_OPERATORS, '$like'],
  date: [...BASIC_OPERATORS, '$gt', '$gte', '$lt', '$lte'],
  boolean: [],
  set: BASIC_OPERATORS,
  each: BASIC_OPERATORS,
};

function escapeRegex(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The regular expression of a `$like` pattern ('glob': `*` `?` `\`; 'sql': `%` `_` `\`). */
export function likeRegex(pattern: string, syntax: 'glob' | 'sql', caseSensitive: boolean): RegExp {
  const [many, one] = syntax === 'glob' ? ['*', '?'] : ['%', '_'];
  let source = '';
  const chars = Array.from(pattern);
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i] ?? '';
    if (ch === '\\' && i + 1 < chars.length) {
      i += 1;
      source += escapeRegex(chars[i] ?? '');
    } else if (ch === many) source += '.*';
    else if (ch === one) source += '.';
    else source += escapeRegex(ch);
  }
  return new RegExp(`^${source}$`, caseSensitive ? 'su' : 'siu');
}

function comparable(value: JsonValue, kind: FilterKind): string | number | null {
  if (kind === 'date') return typeof value === 'string' ? Date.parse(value) : null;
  return typeof value === 'string' ? value : null;
}

function same(a: string | number | null, b: string | number | null, hub: HubBehaviour): boolean {
  if (a === null || b === null) return false;
  if (typeof a === 'string' && typeof b === 'string' && !hub.equalityCaseSensitive)
    return a.toLowerCase() === b.toLowerCase();
  return a === b;
}

function list(value: JsonValue, kind: FilterKind): (string | number | null)[] {
  return Array.isArray(value) ? value.map((v) => comparable(v, kind)) : [];
}

function operatorHolds(
  op: string,
  operand: JsonValue,
  value: string | number | null,
  kind: FilterKind,
  hub: HubBehaviour,
): boolean {
  const wanted = comparable(operand, kind);
  switch (op) {
    case '$eq':
      return same(value, wanted, hub);
    case '$neq':
      return !hub.negationOperators || !same(value, wanted, hub);
    case '$exists':
      return (value !== null) === (operand === true);
    case '$in':
      return list(operand, kind).some((w) => same(value, w, hub));
    case '$notIn':
      return !hub.negationOperators || !list(operand, kind).some((w) => same(value, w, hub));
    case '$like':
      return (
        typeof value === 'string' &&
        typeof operand === 'string' &&
        likeRegex(operand, hub.likeSyntax, hub.likeCaseSensitive).test(value)
      );
    case '$gt':
      return typeof value === 'number' && typeof wanted === 'number' && value > wanted;
    case '$gte':
      return typeof value === 'number' && typeof wanted === 'number' && value >= wanted;
    case '$lt':
      return typeof value === 'number' && typeof wanted === 'number' && value < wanted;
    case '$lte':
      return typeof value === 'number' && typeof wanted === 'number' && value <= wanted;
    default:
      // An operator this property does not offer: refused by validation, ignored when that is off.
      return true;
  }
}

/**
 * A condition over a set of values (facts §2.3, the snapshots' `fileVersionKey`): `$exists` asks
 * whether the set is non-empty; `$eq`, a plain value and `$in` hold when a member matches; `$neq`
 * and `$notIn` when no member does (so an empty set satisfies them).
 */
function setConditionHolds(condition: JsonValue, members: readonly string[], hub: HubBehaviour): boolean {
  const any = (op: string, operand: JsonValue): boolean =>
    members.some((m) => operatorHolds(op, operand, m, 'basic', hub));
  if (!isJsonObject(condition)) return condition === null || any('$eq', condition);
  return Object.entries(condition).every(([op, operand]) => {
    switch (op) {
      case '$exists':
        return members.length > 0 === (operand === true);
      case '$neq':
        return !any('$eq', operand);
      case '$notIn':
        return !any('$in', operand);
      case '$eq':
      case '$in':
        return any(op, operand);
      default:
        return true;
    }
  });
}

/** Not set semantics (the knob snapshotVersionFilterOverSet off): one member satisfying the whole condition is enough. */
function eachConditionHolds(condition: JsonValue, members: readonly string[], hub: HubBehaviour): boolean {
  return members.some((m) => conditionHolds(condition, m, 'basic', hub));
}

/** Whether one filter property's condition holds for the item's value. */
export function conditionHolds(condition: JsonValue, value: FieldValue, kind: FilterKind, hub: HubBehaviour): boolean {
  if (kind === 'set') return setConditionHolds(condition, Array.isArray(value) ? value : [], hub);
  if (kind === 'each') return eachConditionHolds(condition, Array.isArray(value) ? value : [], hub);
  if (kind === 'boolean') return typeof condition !== 'boolean' || value === condition;
  if (typeof value === 'boolean' || Array.isArray(value)) return false;
  const single: string | number | null = typeof value === 'string' || typeof value === 'number' ? value : null;
  if (!isJsonObject(condition)) return condition === null || same(single, comparable(condition, kind), hub);
  return Object.entries(condition).every(([op, operand]) => operatorHolds(op, operand, single, kind, hub));
}

/** The condition a filter sets on a property; a dotted name is read through nested objects. */
export function conditionAt(filter: JsonObject, field: string): JsonValue | undefined {
  let current: JsonValue | undefined = filter;
  for (const part of field.split('.')) current = isJsonObject(current) ? current[part] : undefined;
  return current;
}

/** Whether an item (its filterable values) satisfies every known property of the filter. */
export function filterHolds(
  filter: JsonObject,
  values: Readonly<Record<string, FieldValue>>,
  spec: HubSearchSpec,
  hub: HubBehaviour,
): boolean {
  return Object.entries(spec.filters).every(([field, kind]) => {
    const condition = conditionAt(filter, field);
    return condition === undefined || conditionHolds(condition, values[field] ?? null, kind, hub);
  });
}

export interface FilterIssue {
  readonly field: string;
  readonly message: string;
}

/** Operators a property does not offer (`$like` on a key, anything but `$eq` on an eq-only property). */
export function unsupportedOperators(filter: JsonObject, spec: HubSearchSpec): FilterIssue[] {
  const issues: FilterIssue[] = [];
  for (const [field, kind] of Object.entries(spec.filters)) {
    const condition = conditionAt(filter, field);
    if (!isJsonObject(condition)) continue;
    const allowed = spec.eqOnly?.includes(field) === true ? ['$eq'] : OPERATORS[kind];
    for (const op of Object.keys(condition)) {
      if (!allowed.includes(op))
        issues.push({
          field: `filter.${field}`,
          message: `operator ${op} is not supported here (supported: ${allowed.join(', ')})`,
        });
    }
  }
  return issues;
}
