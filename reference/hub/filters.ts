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
import { isJsonObject, type JsonObject, type JsonValue } from '../simulator/json.ts';
import type { HubBehaviour } from './knobs.ts';
import type { HubSearchSpec } from './types.ts';

export type FilterKind = 'basic' | 'string' | 'date';

/** The value of one filterable property of an item: text, an instant (ms) or nothing. */
export type FieldValue = string | number | null;

const BASIC_OPERATORS = ['$eq', '$neq', '$exists', '$in', '$notIn'] as const;
const OPERATORS: Readonly<Record<FilterKind, readonly string[]>> = {
  basic: BASIC_OPERATORS,
  string: [...BASIC_OPERATORS, '$like'],
  date: [...BASIC_OPERATORS, '$gt', '$gte', '$lt', '$lte'],
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

function comparable(value: JsonValue, kind: FilterKind): FieldValue {
  if (kind === 'date') return typeof value === 'string' ? Date.parse(value) : null;
  return typeof value === 'string' ? value : null;
}

function same(a: FieldValue, b: FieldValue, hub: HubBehaviour): boolean {
  if (a === null || b === null) return false;
  if (typeof a === 'string' && typeof b === 'string' && !hub.equalityCaseSensitive) return a.toLowerCase() === b.toLowerCase();
  return a === b;
}

function list(value: JsonValue, kind: FilterKind): FieldValue[] {
  return Array.isArray(value) ? value.map((v) => comparable(v, kind)) : [];
}

function operatorHolds(op: string, operand: JsonValue, value: FieldValue, kind: FilterKind, hub: HubBehaviour): boolean {
  const wanted = comparable(operand, kind);
  switch (op) {
    case '$eq':
      return same(value, wanted, hub);
    case '$neq':
      return !same(value, wanted, hub);
    case '$exists':
      return (value !== null) === (operand === true);
    case '$in':
      return list(operand, kind).some((w) => same(value, w, hub));
    case '$notIn':
      return !list(operand, kind).some((w) => same(value, w, hub));
    case '$like':
      return typeof value === 'string' && typeof operand === 'string' && likeRegex(operand, hub.likeSyntax, hub.likeCaseSensitive).test(value);
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

/** Whether one filter property's condition holds for the item's value. */
export function conditionHolds(condition: JsonValue, value: FieldValue, kind: FilterKind, hub: HubBehaviour): boolean {
  if (!isJsonObject(condition)) return condition === null || same(value, comparable(condition, kind), hub);
  return Object.entries(condition).every(([op, operand]) => operatorHolds(op, operand, value, kind, hub));
}

/** Whether an item (its filterable values) satisfies every known property of the filter. */
export function filterHolds(filter: JsonObject, values: Readonly<Record<string, FieldValue>>, spec: HubSearchSpec, hub: HubBehaviour): boolean {
  return Object.entries(filter).every(([field, condition]) => {
    const kind = spec.filters[field];
    return kind === undefined || conditionHolds(condition, values[field] ?? null, kind, hub);
  });
}

export interface FilterIssue {
  readonly field: string;
  readonly message: string;
}

/** Operators a property does not offer (`$like` on a key, anything but `$eq` on an eq-only property). */
export function unsupportedOperators(filter: JsonObject, spec: HubSearchSpec): FilterIssue[] {
  const issues: FilterIssue[] = [];
  for (const [field, condition] of Object.entries(filter)) {
    const kind = spec.filters[field];
    if (kind === undefined || !isJsonObject(condition)) continue;
    const allowed = spec.eqOnly?.includes(field) === true ? ['$eq'] : OPERATORS[kind];
    for (const op of Object.keys(condition)) {
      if (!allowed.includes(op)) issues.push({ field: `filter.${field}`, message: `operator ${op} is not supported here (supported: ${allowed.join(', ')})` });
    }
  }
  return issues;
}
