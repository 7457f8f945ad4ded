/** Tests for snapshot-duplicate-name: named after the source, and different from it on a clash. */
import { expect, test } from '@playwright/test';
import { snapshotDuplicateName } from './snapshot-duplicate-name.ts';

test('the source name with a suffix passes; the same name, another name or none fails', () => {
  const what = "duplicateProjectSnapshot into the source project's workspace";
  expect(snapshotDuplicateName.judge({ source: 'orders', duplicate: 'orders (copy)', what }).ok).toBe(true);
  expect(snapshotDuplicateName.judge({ source: 'orders', duplicate: 'orders', what })).toEqual({
    ok: false,
    message: `${what}: the duplicate has the clashing name "orders", without a copy suffix`,
    expected: '"orders" with a copy suffix',
    actual: '"orders"',
  });
  expect(snapshotDuplicateName.judge({ source: 'orders', duplicate: 'Copy of something', what }).message).toBe(
    `${what}: the duplicate is named "Copy of something", not after "orders"`,
  );
  expect(snapshotDuplicateName.judge({ source: 'orders', duplicate: undefined, what }).ok).toBe(false);
  expect(snapshotDuplicateName).toMatchObject({ id: 'snapshot-duplicate-name', family: 'semantics' });
});
