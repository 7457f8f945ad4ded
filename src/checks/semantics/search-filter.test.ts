/** Tests for search-filter: strays, missing matches and leaked non-matches each fail. */
import { expect, test } from '@playwright/test';
import { searchFilter } from './search-filter.ts';

const item = (id: string, projectId: string): { id: string; projectId: string } => ({ id, projectId });
const seen = { filter: { projectId: 'p1' }, keyField: 'id', wanted: ['a', 'b'], unwanted: ['c'] };

test('only matching items, all of them: passes', () => {
  expect(searchFilter.judge({ ...seen, page: { items: [item('a', 'p1'), item('b', 'p1')], total: 2 } })).toEqual({
    ok: true,
  });
  // A string filter value may be matched by containment (name filters search by substring).
  expect(searchFilter.judge({ ...seen, page: { items: [item('a', 'xp1x'), item('b', 'p1')], total: 2 } }).ok).toBe(
    true,
  );
});

test('a stray, a missing and a leaked item are each named', () => {
  expect(
    searchFilter.judge({ ...seen, page: { items: [item('a', 'p1'), item('b', 'p1'), item('z', 'p2')], total: 3 } }),
  ).toMatchObject({
    ok: false,
    message: 'filter {"projectId":"p1"} not honoured: 1 item(s) do not match the filter {"projectId":"p1"}',
    actual: '3 items',
  });
  expect(searchFilter.judge({ ...seen, page: { items: [item('a', 'p1')], total: 1 } })).toMatchObject({
    ok: false,
    message: expect.stringContaining('matching item(s) b missing'),
  });
  expect(
    searchFilter.judge({ ...seen, page: { items: [item('a', 'p1'), item('b', 'p1'), item('c', 'p1')], total: 3 } }),
  ).toMatchObject({ ok: false, message: expect.stringContaining('non-matching item(s) c returned') });
  expect(
    searchFilter.judge({ ...seen, page: { items: [item('a', 'p1'), item('b', 'p1'), 'not an object'], total: 3 } }).ok,
  ).toBe(false);
  expect(searchFilter).toMatchObject({ id: 'search-filter', family: 'semantics' });
});
