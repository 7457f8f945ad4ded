/** Tests for settings.ts: the known names are exactly the README's Configuration table, and a misspelt name gets the nearest one. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './load.ts';
import { didYouMean, isSettingName, looksLikeSetting, nearestSetting, SETTINGS, unknownSetting } from './settings.ts';

/** The WM_* names in the first column of the README's Configuration table. */
function readmeConfigurationNames(): string[] {
  const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Configuration\n');
  const end = readme.indexOf('\n## ', start + 1);
  expect(start, 'README.md has a Configuration section').toBeGreaterThan(0);
  const names: string[] = [];
  for (const line of readme.slice(start, end).split('\n')) {
    const firstCell = /^\|([^|]*)\|/.exec(line)?.[1] ?? '';
    for (const match of firstCell.matchAll(/`(WM_[A-Z0-9_]+)`/g)) names.push(match[1] ?? '');
  }
  return names;
}

test('every known setting is a row of the README Configuration table, and every row a known setting', () => {
  const documented = readmeConfigurationNames();
  expect([...new Set(documented)].sort()).toEqual([...SETTINGS].sort());
  expect(new Set(SETTINGS).size).toBe(SETTINGS.length);
});

test('the nearest known name of a misspelt one', () => {
  expect(nearestSetting('WM_READONLY')).toBe('WM_READ_ONLY');
  expect(nearestSetting('wm_read_only')).toBe('WM_READ_ONLY');
  expect(nearestSetting('Wm_Base_Url')).toBe('WM_BASE_URL');
  expect(nearestSetting('WM_CLIENTSECRET')).toBe('WM_CLIENT_SECRET');
  expect(nearestSetting('WM_OPENAPI')).toBe('WM_OPENAPI_URL');
  expect(didYouMean('WM_READONLY')).toBe('did you mean WM_READ_ONLY?');
  expect(didYouMean('wm_read_only')).toBe('names are upper case: did you mean WM_READ_ONLY?');
});

test('only WM_* names in any letter case are taken for settings; WMCT_* and others are not', () => {
  expect(looksLikeSetting('wm_x')).toBe(true);
  expect(looksLikeSetting('WMCT_QUIET')).toBe(false);
  expect(looksLikeSetting('HTTPS_PROXY')).toBe(false);
  expect(isSettingName('WM_READ_ONLY')).toBe(true);
  expect(isSettingName('wm_read_only')).toBe(false);
  expect(unknownSetting(['PATH', 'WMCT_QUIET', 'WM_READ_ONLY', 'HOME'])).toBeNull();
  expect(unknownSetting(['PATH', 'Wm_Base_Url', 'WM_X'])).toBe('Wm_Base_Url');
});
