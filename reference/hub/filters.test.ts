/** The hub-v2 filter operators, unit by unit: `$like` wildcards and escapes, equality, sets, dates, missing values, the knobs. */
import { expect, test } from '@playwright/test';
import { conditionHolds, likeRegex, unsupportedOperators } from './filters.ts';
import { DEFAULT_HUB_BEHAVIOUR } from './knobs.ts';

const hub = DEFAULT_HUB_BEHAVIOUR;
const like = (pattern: string, value: string, caseSensitive = true): boolean =>
  likeRegex(pattern, 'glob', caseSensitive).test(value);

test('$like: * is any run, ? one character, everything else literal (% and _ included, regex characters too)', () => {
  expect(like('order*', 'order-process')).toBe(true);
  expect(like('order*', 'order')).toBe(true);
  expect(like('*process', 'order-process')).toBe(true);
  expect(like('or?er', 'order')).toBe(true);
  expect(like('or?er', 'oder')).toBe(false);
  expect(like('order', 'order-process')).toBe(false);
  expect(like('%order%', 'my order here')).toBe(false);
  expect(like('%order%', '%order%')).toBe(true);
  expect(like('a_b', 'axb')).toBe(false);
  expect(like('a.b(c)[d]+', 'a.b(c)[d]+')).toBe(true);
  expect(like('a.b', 'axb')).toBe(false);
  expect(like('line*', 'line one\nline two')).toBe(true);
});

test('$like: a backslash makes the next character literal (\\*, \\?, \\\\); a trailing backslash is literal', () => {
  expect(like('100\\*', '100*')).toBe(true);
  expect(like('100\\*', '1000')).toBe(false);
  expect(like('what\\?', 'what?')).toBe(true);
  expect(like('what\\?', 'whatx')).toBe(false);
  expect(like('back\\\\slash', 'back\\slash')).toBe(true);
  expect(like('end\\', 'end\\')).toBe(true);
  expect(like('\\a', 'a')).toBe(true);
});

test('$like: letter case per knob; the sql syntax (the migration guide) takes % and _', () => {
  expect(like('Order*', 'order-x')).toBe(false);
  expect(like('Order*', 'order-x', false)).toBe(true);
  expect(likeRegex('%order_', 'sql', true).test('my orders')).toBe(true);
  expect(likeRegex('100\\%', 'sql', true).test('100%')).toBe(true);
  expect(likeRegex('a*b', 'sql', true).test('a*b')).toBe(true);
  expect(likeRegex('a*b', 'sql', true).test('axxb')).toBe(false);
});

test('plain values and $eq/$neq/$in/$notIn/$exists on text, with missing values', () => {
  expect(conditionHolds('bpmn', 'bpmn', 'basic', hub)).toBe(true);
  expect(conditionHolds('bpmn', 'dmn', 'basic', hub)).toBe(false);
  expect(conditionHolds('BPMN', 'bpmn', 'basic', hub)).toBe(false);
  expect(conditionHolds('BPMN', 'bpmn', 'basic', { ...hub, equalityCaseSensitive: false })).toBe(true);
  expect(conditionHolds({ $eq: 'a' }, 'a', 'basic', hub)).toBe(true);
  expect(conditionHolds({ $neq: 'a' }, 'a', 'basic', hub)).toBe(false);
  expect(conditionHolds({ $neq: 'a' }, null, 'basic', hub)).toBe(true);
  expect(conditionHolds({ $in: ['a', 'b'] }, 'b', 'basic', hub)).toBe(true);
  expect(conditionHolds({ $in: ['a', 'b'] }, 'c', 'basic', hub)).toBe(false);
  expect(conditionHolds({ $in: [] }, 'c', 'basic', hub)).toBe(false);
  expect(conditionHolds({ $notIn: ['a', 'b'] }, 'c', 'basic', hub)).toBe(true);
  expect(conditionHolds({ $notIn: ['a'] }, null, 'basic', hub)).toBe(true);
  expect(conditionHolds({ $exists: true }, null, 'basic', hub)).toBe(false);
  expect(conditionHolds({ $exists: false }, null, 'basic', hub)).toBe(true);
  expect(conditionHolds({ $exists: true }, 'x', 'basic', hub)).toBe(true);
  expect(conditionHolds({ $eq: 'x' }, null, 'basic', hub)).toBe(false);
  expect(conditionHolds({ $like: 'x*' }, null, 'string', hub)).toBe(false);
});

test('several operators in one object must all hold', () => {
  expect(conditionHolds({ $like: 'order*', $neq: 'order-old' }, 'order-new', 'string', hub)).toBe(true);
  expect(conditionHolds({ $like: 'order*', $neq: 'order-old' }, 'order-old', 'string', hub)).toBe(false);
});

test('dates: exact instant, $gt/$gte/$lt/$lte, $in, across zone offsets', () => {
  const at = Date.parse('2026-03-15T10:30:00.000Z');
  expect(conditionHolds('2026-03-15T10:30:00Z', at, 'date', hub)).toBe(true);
  expect(conditionHolds('2026-03-15T12:30:00+02:00', at, 'date', hub)).toBe(true);
  expect(conditionHolds('2026-03-15T10:30:00.001Z', at, 'date', hub)).toBe(false);
  expect(conditionHolds({ $gt: '2026-03-15T10:29:59Z' }, at, 'date', hub)).toBe(true);
  expect(conditionHolds({ $gt: '2026-03-15T10:30:00Z' }, at, 'date', hub)).toBe(false);
  expect(conditionHolds({ $gte: '2026-03-15T10:30:00Z' }, at, 'date', hub)).toBe(true);
  expect(conditionHolds({ $lt: '2026-03-15T10:30:00Z' }, at, 'date', hub)).toBe(false);
  expect(conditionHolds({ $lte: '2026-03-15T10:30:00Z' }, at, 'date', hub)).toBe(true);
  expect(conditionHolds({ $gte: '2026-01-01T00:00:00Z', $lt: '2027-01-01T00:00:00Z' }, at, 'date', hub)).toBe(true);
  expect(conditionHolds({ $in: ['2020-01-01T00:00:00Z', '2026-03-15T10:30:00Z'] }, at, 'date', hub)).toBe(true);
  expect(conditionHolds({ $gt: '2020-01-01T00:00:00Z' }, null, 'date', hub)).toBe(false);
});

test('operators a property does not offer are reported: $like on a key, $gt on text, anything but $eq where only $eq is allowed', () => {
  const spec = {
    filters: { name: 'string', projectKey: 'basic', workspaceKey: 'basic', created: 'date' },
    eqOnly: ['workspaceKey'],
  } as const;
  expect(
    unsupportedOperators(
      { name: { $like: 'a*' }, projectKey: 'x', created: { $gt: '2026-01-01T00:00:00Z' }, workspaceKey: { $eq: 'w' } },
      spec,
    ),
  ).toEqual([]);
  expect(unsupportedOperators({ projectKey: { $like: 'x*' } }, spec).map((i) => i.field)).toEqual([
    'filter.projectKey',
  ]);
  expect(unsupportedOperators({ name: { $gt: 'a' } }, spec).map((i) => i.field)).toEqual(['filter.name']);
  expect(unsupportedOperators({ workspaceKey: { $in: ['w'] } }, spec)[0]?.message).toMatch(
    /\$in is not supported here \(supported: \$eq\)/,
  );
  expect(unsupportedOperators({ unknownField: { $whatever: 1 } }, spec)).toEqual([]);
});
