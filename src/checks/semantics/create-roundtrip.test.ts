/** Tests for create-roundtrip: every field sent is read back with its value (renamed and nested fields included). */
import { expect, test } from '@playwright/test';
import { createRoundtrip } from './create-roundtrip.ts';

test('every sent field read back passes', () => {
  expect(
    createRoundtrip.judge({
      sent: { name: 'a', fileType: 'bpmn', revision: 3 },
      got: { name: 'a', type: 'bpmn', revision: 4 },
      what: 'GET after createProject',
    }).ok,
  ).toBe(true);
  expect(
    createRoundtrip.judge({ sent: { content: '<x/>' }, got: { metadata: { id: 'f' }, content: '<x/>' }, what: 'x' }).ok,
  ).toBe(true);
  // A field the answer does not carry is strict-required's finding, not a wrong value.
  expect(createRoundtrip.judge({ sent: { name: 'a' }, got: { id: 'f' }, what: 'x' }).ok).toBe(true);
});

test('a field read back with another value fails, naming it', () => {
  expect(
    createRoundtrip.judge({
      sent: { name: 'a', role: 'editor' },
      got: { name: 'b', metadata: { role: 'editor' } },
      what: 'GET after createProject',
    }),
  ).toEqual({
    ok: false,
    message: 'GET after createProject: name: sent "a", got "b"',
    expected: 'the values sent',
    actual: 'name: sent "a", got "b"',
  });
  expect(createRoundtrip.judge({ sent: { role: 'viewer' }, got: { role: null }, what: 'x' }).ok).toBe(false);
  expect(createRoundtrip).toMatchObject({ id: 'create-roundtrip', family: 'semantics' });
});
