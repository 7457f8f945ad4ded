/** Date filters of searches: ZonedDateTime parsing, operators and rounding suffixes. */
import { expect, test } from '@playwright/test';
import { matchesDate, parseDateFilter, parseZonedDateTime } from './date-filter.ts';

const at = (iso: string): number => Date.parse(iso);

test('parses ZonedDateTime texts (nanoseconds, offsets, zone ids) and rejects others', () => {
  expect(parseZonedDateTime('2023-09-20T11:31:20.206801604Z')).toBe(at('2023-09-20T11:31:20.206Z'));
  expect(parseZonedDateTime('2023-09-20T13:31:20+02:00[Europe/Berlin]')).toBe(at('2023-09-20T11:31:20Z'));
  expect(parseZonedDateTime('2023-09-20T11:31Z')).toBe(at('2023-09-20T11:31:00Z'));
  for (const bad of ['2023-09-20', '2023-09-20T11:31:20', 'yesterday', ''])
    expect(parseZonedDateTime(bad), bad).toBeNull();
});

test('operators without rounding compare to the instant', () => {
  const value = at('2023-09-20T11:31:20.206Z');
  const cases: [string, boolean][] = [
    ['2023-09-20T11:31:20.206Z', true],
    ['>2023-09-20T11:31:20.206Z', false],
    ['>=2023-09-20T11:31:20.206Z', true],
    ['<2023-09-20T11:31:20.207Z', true],
    ['<=2023-09-20T11:31:20.205Z', false],
  ];
  for (const [text, expected] of cases) {
    const filter = parseDateFilter(text);
    expect(filter, text).not.toBeNull();
    if (filter !== null) expect(matchesDate(filter, value), text).toBe(expected);
  }
});

test('rounding suffixes widen to the unit, with date-math rounding per operator', () => {
  const value = at('2023-09-20T11:31:20Z');
  const cases: [string, boolean][] = [
    ['2023-09-20T00:00:00Z||/d', true],
    ['2023-09-21T00:00:00Z||/d', false],
    ['2023-01-01T00:00:00Z||/y', true],
    ['2023-09-01T00:00:00Z||/M', true],
    ['2023-09-18T10:00:00Z||/w', true],
    ['2023-09-20T11:59:00Z||/h', true],
    ['>=2023-12-31T00:00:00Z||/y', true],
    ['>2023-01-01T00:00:00Z||/y', false],
    ['<2023-05-05T00:00:00Z||/y', false],
    ['<=2023-01-01T00:00:00Z||/y', true],
    ['<2024-01-01T00:00:00Z||/y', true],
  ];
  for (const [text, expected] of cases) {
    const filter = parseDateFilter(text);
    expect(filter, text).not.toBeNull();
    if (filter !== null) expect(matchesDate(filter, value), text).toBe(expected);
  }
});

test('unparsable filters are null', () => {
  for (const bad of ['>=', '2023-09-20T11:31:20Z||/q', 'soon||/d']) expect(parseDateFilter(bad), bad).toBeNull();
});
