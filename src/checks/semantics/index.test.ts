/** The semantics family's list: every definition once, in the semantics family. */
import { expect, test } from '@playwright/test';
import { SEMANTICS_CHECKS } from './index.ts';

test('thirty-five semantics checks with distinct IDs', () => {
  expect(new Set(SEMANTICS_CHECKS.map((c) => c.id)).size).toBe(35);
  expect(SEMANTICS_CHECKS.every((c) => c.family === 'semantics')).toBe(true);
});
