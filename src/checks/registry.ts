/**
 * Every named check of the suite, by family: the single list the reports, the fault catalog's
 * test and the coverage test read. A new check is registered here by its module's export.
 */
import { TRANSPORT_CHECK } from './transport.ts';
import { RULES } from '../diff/rules/index.ts';
import { NEGATIVE_CHECKS, noSideEffect } from './negative/rejection.ts';
import { RESPONSE_CHECKS } from './response/index.ts';
import { availableAfterCreate, revisionConflict, useAfterFree } from './semantics/lifecycle.ts';
import { createRoundtrip, restoreVisible, updateVisible } from './semantics/roundtrip.ts';
import { searchFilter, searchPagePastEnd, searchSize, searchSizeLimit, searchSort, searchTotal } from './semantics/search.ts';
import type { CheckId } from './types.ts';
import { AUTH_REJECTION_CHECKS } from './auth/rejection.ts';
import { wwwAuthenticate } from './auth/www-authenticate.ts';
import { authNoDataLeak } from './auth/no-data-leak.ts';
import { PERMISSION_CHECKS } from './permission/checks.ts';
import { infoShape } from './info/shape.ts';
import { infoOrganization } from './info/organization.ts';
import { infoVersion } from './info/version.ts';
import { infoFlagsBehaviour, infoFlagsToken } from './info/flags.ts';
import { unsupportedMethod } from './methods/unsupported-method.ts';

export const CHECKS: readonly CheckId[] = [
  ...RESPONSE_CHECKS.map(({ id, family, title }) => ({ id, family, title })),
  unsupportedMethod,
  createRoundtrip,
  availableAfterCreate,
  updateVisible,
  useAfterFree,
  revisionConflict,
  restoreVisible,
  searchFilter,
  searchSort,
  searchSize,
  searchSizeLimit,
  searchPagePastEnd,
  searchTotal,
  ...Object.values(NEGATIVE_CHECKS),
  noSideEffect,
  ...AUTH_REJECTION_CHECKS,
  wwwAuthenticate,
  authNoDataLeak,
  ...PERMISSION_CHECKS,
  infoShape,
  infoOrganization,
  infoVersion,
  infoFlagsToken,
  infoFlagsBehaviour,
  TRANSPORT_CHECK,
];

/** Check IDs and breaking-change rule IDs (the gate's tests are named after the rules). */
export function isKnownCheckId(id: string): boolean {
  return CHECKS.some((c) => c.id === id) || RULES.some((r) => r.id === id);
}
