/** Tests for patterns.ts: ajv-like pattern matching and the ungrouped-alternation finder. */
import { expect, test } from '@playwright/test';
import { findUngroupedAlternation, matchesPattern, topLevelAlternatives } from './patterns.ts';

test('patterns match the way ajv tests them: unanchored, unicode', () => {
  expect(matchesPattern('^bpmn|dmn|form|connector_template$', 'bpmn')).toBe(true);
  expect(matchesPattern('^bpmn|dmn|form|connector_template$', 'xdmnx')).toBe(true);
  expect(matchesPattern('^(bpmn|dmn)$', 'xdmnx')).toBe(false);
  expect(matchesPattern('^\\p{Lu}', 'Ärger')).toBe(true);
  expect(matchesPattern('^.$', '😀')).toBe(true);
  expect(() => matchesPattern('(', 'x')).toThrow(SyntaxError);
});

test('top-level alternatives ignore groups, classes and escapes', () => {
  expect(topLevelAlternatives('^a|b|c$')).toEqual(['^a', 'b', 'c$']);
  expect(topLevelAlternatives('^(a|b)$')).toEqual(['^(a|b)$']);
  expect(topLevelAlternatives('^[|]x\\|y$')).toEqual(['^[|]x\\|y$']);
  expect(topLevelAlternatives('^[\\]|]$')).toEqual(['^[\\]|]$']);
});

test('an anchored ungrouped alternation is found and explained', () => {
  const found = findUngroupedAlternation('^bpmn|dmn|form|connector_template$');
  expect(found?.alternatives).toEqual(['^bpmn', 'dmn', 'form', 'connector_template$']);
  expect(found?.explanation).toBe(
    'pattern "^bpmn|dmn|form|connector_template$" alternates at the top level without a group, so "^" and "$" bind only to ' +
      'the first and last alternative: it matches far more than intended (any string starting with "bpmn", or containing "dmn", ' +
      'or containing "form", or ending with "connector_template"); write "^(bpmn|dmn|form|connector_template)$"',
  );
  expect(findUngroupedAlternation('^a|b')?.explanation).toContain('any string starting with "a", or containing "b"');
});

test('grouped, fully anchored, unanchored and escaped patterns are fine', () => {
  for (const pattern of ['^(bpmn|dmn)$', '^(?:a|b)$', '^a$|^b$', 'a|b', '^[a|b]$', '^a\\|b$', '^abc$', '^a\\$|^b\\$']) {
    expect(findUngroupedAlternation(pattern), pattern).toBeNull();
  }
  expect(findUngroupedAlternation('^a|b\\$')).not.toBeNull();
});
