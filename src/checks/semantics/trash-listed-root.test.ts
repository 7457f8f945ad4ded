/** Tests for trash-listed-root: roots of a deletion listed once, items taken along not at all. */
import { expect, test } from '@playwright/test';
import { trashListedRoot } from './trash-listed-root.ts';

const root = { what: 'folder', count: 1, want: 1 } as const;

test('the root once and the taken-along item not at all passes', () => {
  expect(trashListedRoot.judge({ listings: [root, { what: 'file inside', count: 0, want: 0 }] })).toEqual({ ok: true });
});

test('a taken-along item listed, a root listed twice or missing, or nothing looked up fails', () => {
  expect(trashListedRoot.judge({ listings: [root, { what: 'file inside', count: 1, want: 0 }] })).toEqual({
    ok: false,
    message: 'file inside: listed 1 time(s), expected 0',
    expected: '0',
    actual: '1',
  });
  expect(trashListedRoot.judge({ listings: [{ what: 'folder', count: 2, want: 1 }] }).ok).toBe(false);
  expect(trashListedRoot.judge({ listings: [{ what: 'folder', count: 0, want: 1 }] }).ok).toBe(false);
  expect(trashListedRoot.judge({ listings: [] })).toMatchObject({ ok: false, message: 'nothing was looked up' });
  expect(trashListedRoot).toMatchObject({ id: 'trash-listed-root', family: 'semantics' });
});
