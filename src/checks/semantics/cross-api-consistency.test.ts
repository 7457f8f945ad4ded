/** Tests for cross-api-consistency: the same values under the renamed fields pass; another value, a missing field or nothing to compare fails. */
import { expect, test } from '@playwright/test';
import { crossApiConsistency } from './cross-api-consistency.ts';

const what = 'a v1 file read through v2';

test('the same values under the renamed fields pass; the file type in any case', () => {
  const verdict = crossApiConsistency.judge({
    what,
    fields: [
      { v1: 'id', v2: 'fileKey', v1Value: 'k1', v2Value: 'k1' },
      { v1: 'name', v2: 'name', v1Value: 'f', v2Value: 'f' },
      { v1: 'type', v2: 'type', v1Value: 'BPMN', v2Value: 'bpmn', caseInsensitive: true },
      { v1: 'folderId', v2: 'folderKey', v1Value: null, v2Value: null },
    ],
  });
  expect(verdict).toEqual({ ok: true, message: `${what}: the same id ↔ fileKey, name, type, folderId ↔ folderKey` });
});

test('another value, or a field one API does not answer, fails naming both sides', () => {
  expect(
    crossApiConsistency.judge({
      what,
      fields: [
        { v1: 'name', v2: 'name', v1Value: 'new', v2Value: 'old' },
        { v1: 'folderId', v2: 'folderKey', v1Value: 'd1', v2Value: undefined },
        { v1: 'type', v2: 'type', v1Value: 'bpmn', v2Value: 'dmn', caseInsensitive: true },
      ],
    }),
  ).toEqual({
    ok: false,
    message: `${what}: v1 name "new" but v2 name "old"; v1 folderId "d1" but v2 folderKey nothing; v1 type "bpmn" but v2 type "dmn"`,
    expected: 'name "new", folderKey "d1", type "bpmn"',
    actual: 'name "old", folderKey nothing, type "dmn"',
  });
  // A case difference counts where the field is not compared in any case.
  expect(crossApiConsistency.judge({ what, fields: [{ v1: 'name', v2: 'name', v1Value: 'A', v2Value: 'a' }] }).ok).toBe(
    false,
  );
});

test('nothing to compare, or nothing read through v1, never passes', () => {
  expect(crossApiConsistency.judge({ what, fields: [] })).toEqual({
    ok: false,
    message: `${what}: no field to compare`,
  });
  expect(
    crossApiConsistency.judge({
      what,
      fields: [{ v1: 'name', v2: 'name', v1Value: undefined, v2Value: undefined }],
    }).ok,
  ).toBe(false);
  expect(crossApiConsistency).toMatchObject({ id: 'cross-api-consistency', family: 'semantics' });
});
