/**
 * Date filters of the search operations: `java.time.ZonedDateTime` text with an optional
 * `<`, `<=`, `>`, `>=` prefix and an optional `||/y|M|w|d|h|m|s` rounding suffix, with the
 * rounding rules of Elasticsearch date math (which the product's syntax follows).
 * Hand-written: no maintained library parses this combined syntax. Rounding is done in UTC
 * (*assumed*; the product may round in the zone of the given date).
 */
export type DateOperator = '=' | '<' | '<=' | '>' | '>=';
export type RoundingUnit = 'y' | 'M' | 'w' | 'd' | 'h' | 'm' | 's';

export interface DateFilter {
  readonly operator: DateOperator;
  readonly at: number;
  readonly unit: RoundingUnit | null;
}

const FILTER = /^(<=|>=|<|>)?(.+?)(?:\|\|\/([yMwdhms]))?$/;
const ZONED =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2}(?::\d{2})?)(?:\[[^\]]+\])?$/;

function isOperator(text: string): text is DateOperator {
  return ['=', '<', '<=', '>', '>='].includes(text);
}

function isUnit(text: string): text is RoundingUnit {
  return ['y', 'M', 'w', 'd', 'h', 'm', 's'].includes(text);
}

/** Milliseconds of a ZonedDateTime text, or null when it is not one. */
export function parseZonedDateTime(text: string): number | null {
  const m = ZONED.exec(text);
  if (m === null) return null;
  const [, minute = '', seconds = '00', fraction = '', zone = 'Z'] = m;
  const millis = fraction.padEnd(3, '0').slice(0, 3);
  const ms = Date.parse(`${minute}:${seconds}.${millis}${zone}`);
  return Number.isNaN(ms) ? null : ms;
}

export function parseDateFilter(text: string): DateFilter | null {
  const m = FILTER.exec(text.trim());
  if (m === null) return null;
  const [, op = '=', date = '', unit = ''] = m;
  const at = parseZonedDateTime(date);
  if (at === null || !isOperator(op)) return null;
  return { operator: op, at, unit: isUnit(unit) ? unit : null };
}

/** Start of the unit (UTC) that contains `ms`. */
export function roundDown(ms: number, unit: RoundingUnit): number {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const mo = d.getUTCMonth();
  const day = d.getUTCDate();
  switch (unit) {
    case 'y':
      return Date.UTC(y, 0, 1);
    case 'M':
      return Date.UTC(y, mo, 1);
    case 'w':
      return Date.UTC(y, mo, day - ((d.getUTCDay() + 6) % 7));
    case 'd':
      return Date.UTC(y, mo, day);
    case 'h':
      return Date.UTC(y, mo, day, d.getUTCHours());
    case 'm':
      return Date.UTC(y, mo, day, d.getUTCHours(), d.getUTCMinutes());
    case 's':
      return Date.UTC(y, mo, day, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
  }
}

/** Start of the next unit after the one that contains `ms`. */
export function roundUp(ms: number, unit: RoundingUnit): number {
  const start = new Date(roundDown(ms, unit));
  const y = start.getUTCFullYear();
  const mo = start.getUTCMonth();
  switch (unit) {
    case 'y':
      return Date.UTC(y + 1, 0, 1);
    case 'M':
      return Date.UTC(y, mo + 1, 1);
    default:
      return start.getTime() + UNIT_MS[unit];
  }
}

const UNIT_MS = { w: 7 * 86_400_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1_000 } as const;

export function matchesDate(filter: DateFilter, value: number): boolean {
  const { operator, at, unit } = filter;
  const start = unit === null ? at : roundDown(at, unit);
  const end = unit === null ? at : roundUp(at, unit);
  switch (operator) {
    case '=':
      return unit === null ? value === at : value >= start && value < end;
    case '>':
      return unit === null ? value > at : value >= end;
    case '>=':
      return value >= start;
    case '<':
      return value < start;
    case '<=':
      return unit === null ? value <= at : value < end;
  }
}
