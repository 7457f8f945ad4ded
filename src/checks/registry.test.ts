/** Tests for the registry: every family's list once, distinct IDs, declared families, a judge each. */
import { expect, test } from '@playwright/test';
import { isKnownCheckId } from './known-ids.ts';
import { CHECKS } from './registry.ts';
import { CHECK_FAMILIES } from '../core/families.ts';

test('the registry holds 78 checks with distinct IDs, each with a judge and a declared family', () => {
  expect(CHECKS).toHaveLength(78);
  expect(new Set(CHECKS.map((c) => c.id)).size).toBe(CHECKS.length);
  for (const check of CHECKS) {
    expect(CHECK_FAMILIES, check.id).toContain(check.family);
    expect(typeof check.judge, check.id).toBe('function');
    expect(check.title, check.id).not.toBe('');
  }
});

test('the registry lists the families in report order', () => {
  const order = CHECKS.map((c) => c.family).filter((f, i, all) => all.indexOf(f) === i);
  expect(order).toEqual([
    'status',
    'content-type',
    'schema',
    'strict',
    'problem',
    'semantics',
    'negative',
    'auth',
    'permission',
    'info',
    'transport',
  ]);
});

test('a known ID is a check or a breaking-change rule', () => {
  expect(isKnownCheckId('search-sort')).toBe(true);
  expect(isKnownCheckId('transport')).toBe(true);
  expect(isKnownCheckId('request-property-removed')).toBe(true);
  expect(isKnownCheckId('search-sorting')).toBe(false);
});
