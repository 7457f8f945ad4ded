/** Tests for restore-visible: every field sent is read back with its value (renamed and nested fields included). */
import { expect, test } from '@playwright/test';
import { restoreVisible } from './restore-visible.ts';

test('every sent field read back passes', () => {
  expect(
    restoreVisible.judge({
      sent: { name: 'a', fileType: 'bpmn', revision: 3 },
      got: { name: 'a', type: 'bpmn', revision: 4 },
      what: 'GET of the file after restoreMilestone',
    }).ok,
  ).toBe(true);
  expect(
    restoreVisible.judge({ sent: { content: '<x/>' }, got: { metadata: { id: 'f' }, content: '<x/>' }, what: 'x' }).ok,
  ).toBe(true);
  // A field the answer does not carry is strict-required's finding, not a wrong value.
  expect(restoreVisible.judge({ sent: { name: 'a' }, got: { id: 'f' }, what: 'x' }).ok).toBe(true);
});

test('a field read back with another value fails, naming it', () => {
  expect(
    restoreVisible.judge({
      sent: { name: 'a', role: 'editor' },
      got: { name: 'b', metadata: { role: 'editor' } },
      what: 'GET of the file after restoreMilestone',
    }),
  ).toEqual({
    ok: false,
    message: 'GET of the file after restoreMilestone: name: sent "a", got "b"',
    expected: 'the values sent',
    actual: 'name: sent "a", got "b"',
  });
  expect(restoreVisible.judge({ sent: { role: 'viewer' }, got: { role: null }, what: 'x' }).ok).toBe(false);
  expect(restoreVisible).toMatchObject({ id: 'restore-visible', family: 'semantics' });
});
