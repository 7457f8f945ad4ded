/**
 * Every setting the suite reads: the one list the loader (`load.ts` reads only these names),
 * the unknown-name check and the README's Configuration table follow (`settings.test.ts` holds
 * the README to it, both ways). Names the project sets for itself (WMCT_*) are not settings.
 *
 * A misspelt name would otherwise be ignored without a word — `WM_READONLY=true` would run
 * every write — so any other `WM_*` name, in any letter case, in the environment or a profile
 * is refused with the nearest known name (edit distance: fastest-levenshtein).
 */
import { closest } from 'fastest-levenshtein';

export const SETTINGS = [
  'WM_ENV',
  'WM_BASE_URL',
  'WM_OPENAPI_URL',
  'WM_V2_BASE_URL',
  'WM_V2_OPENAPI_URL',
  'WM_API',
  'WM_OAUTH_TOKEN_URL',
  'WM_OAUTH_AUDIENCE',
  'WM_CLIENT_ID',
  'WM_CLIENT_SECRET',
  'WM_LIMITED_CLIENT_ID',
  'WM_LIMITED_CLIENT_SECRET',
  'WM_FOREIGN_CLIENT_ID',
  'WM_FOREIGN_CLIENT_SECRET',
  'WM_EXPIRED_TOKEN',
  'WM_SHORT_LIVED_CLIENT_ID',
  'WM_SHORT_LIVED_CLIENT_SECRET',
  'WM_MAX_EXPIRY_WAIT',
  'WM_READ_ONLY',
  'WM_TARGET_KIND',
  'WM_ALLOW_ORGANIZATION_CHANGES',
  'WM_COLLABORATOR_EMAIL',
  'WM_EXPECT_PERMISSIONS_FULL',
  'WM_EXPECT_PERMISSIONS_LIMITED',
  'WM_EXPECT_PERMISSIONS_FOREIGN',
  'WM_EXPECT_PERMISSIONS_SHORT_LIVED',
  'WM_PERMISSION_MAP',
  'WM_FOREIGN_TOKEN_STATUS',
  'WM_BASELINE',
  'WM_GATE_FAIL_ON',
  'WM_GATE_IMPLICIT_REQUIRED',
  'WM_KNOWN_DEVIATIONS',
  'WM_BREAKING_IGNORE',
  'WM_TOKEN_CACHE',
  'WM_MAX_CONCURRENCY',
  'WM_REQUEST_TIMEOUT_MS',
  'WM_MAX_RETRIES',
  'WM_SWEEP_MIN_AGE_MINUTES',
  'WM_REPORTS_DIR',
  'WM_REFERENCE_GENERATION',
  'WM_REFERENCE_FAULTS',
  'WM_REFERENCE_LATENCY_MS',
] as const;

export type SettingName = (typeof SETTINGS)[number];

export function isSettingName(name: string): name is SettingName {
  return SETTINGS.some((s) => s === name);
}

/** True for names the suite would take for its own: WM_ in any letter case. */
export function looksLikeSetting(name: string): boolean {
  return name.toUpperCase().startsWith('WM_');
}

/** The known setting nearest to `name` (letter case ignored). */
export function nearestSetting(name: string): SettingName {
  const near = closest(name.toUpperCase(), SETTINGS);
  return isSettingName(near) ? near : 'WM_ENV';
}

/** "did you mean …?" for an unknown name; a known name in the wrong letter case says so. */
export function didYouMean(name: string): string {
  const near = nearestSetting(name);
  return name.toUpperCase() === near ? `names are upper case: did you mean ${near}?` : `did you mean ${near}?`;
}

/** The first unknown WM_* name among `names` (environment variables), or null. */
export function unknownSetting(names: Iterable<string>): string | null {
  for (const name of names) {
    if (looksLikeSetting(name) && !isSettingName(name)) return name;
  }
  return null;
}
