/** The semantics family's list: every definition once, in the semantics family. */
import { expect, test } from '@playwright/test';
import { SEMANTICS_CHECKS } from './index.ts';

test('twenty-nine semantics checks with distinct IDs', () => {
  expect(new Set(SEMANTICS_CHECKS.map((c) => c.id)).size).toBe(29);
  expect(SEMANTICS_CHECKS.every((c) => c.family === 'semantics')).toBe(true);
});
