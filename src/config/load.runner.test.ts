/** What the config hands the global setup besides the WM_* settings, so that nothing else reads process.env for it. */
import { expect, test } from '@playwright/test';
import { loadConfig } from './load.ts';

test('the wait for a starting target and the suite version come from the environment given', () => {
  const config = loadConfig({ WMCT_WAIT_FOR_TARGET: '45', npm_package_version: '1.2.3' });
  expect(config.waitForTargetSeconds).toBe(45);
  expect(config.suiteVersion).toBe('1.2.3');
});

test('WM_KNOWN_DEVIATIONS counts as set when given, so a missing file is an error rather than no deviations', () => {
  expect(loadConfig({}).knownDeviationsSet).toBe(false);
  expect(loadConfig({ WM_KNOWN_DEVIATIONS: 'schemas/known-deviations.json' }).knownDeviationsSet).toBe(true);
});
