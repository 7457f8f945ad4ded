/** Tests for update-visible: every field sent is read back with its value (renamed and nested fields included). */
import { expect, test } from '@playwright/test';
import { updateVisible } from './update-visible.ts';

test('every sent field read back passes', () => {
  expect(
    updateVisible.judge({
      sent: { name: 'a', fileType: 'bpmn', revision: 3 },
      got: { name: 'a', type: 'bpmn', revision: 4 },
      what: 'GET after updateFile',
    }).ok,
  ).toBe(true);
  expect(
    updateVisible.judge({ sent: { content: '<x/>' }, got: { metadata: { id: 'f' }, content: '<x/>' }, what: 'x' }).ok,
  ).toBe(true);
  // A field the answer does not carry is strict-required's finding, not a wrong value.
  expect(updateVisible.judge({ sent: { name: 'a' }, got: { id: 'f' }, what: 'x' }).ok).toBe(true);
});

test('a field read back with another value fails, naming it', () => {
  expect(
    updateVisible.judge({
      sent: { name: 'a', role: 'editor' },
      got: { name: 'b', metadata: { role: 'editor' } },
      what: 'GET after updateFile',
    }),
  ).toEqual({
    ok: false,
    message: 'GET after updateFile: name: sent "a", got "b"',
    expected: 'the values sent',
    actual: 'name: sent "a", got "b"',
  });
  expect(updateVisible.judge({ sent: { role: 'viewer' }, got: { role: null }, what: 'x' }).ok).toBe(false);
  expect(updateVisible).toMatchObject({ id: 'update-visible', family: 'semantics' });
});
