/**
 * Every named check of the suite: the concatenation of the families' lists, in report order.
 * The reports, the fault catalog's test and the mutation test read it. A new check is added to
 * its family's list (src/checks/<family>/index.ts), never here; a new family's list is added here.
 *
 * It loads the check definitions only: not the HTTP client, not the breaking-change rules
 * (whose IDs src/checks/known-ids.ts adds for the places that accept either).
 */
import { AUTH_CHECKS } from './auth/index.ts';
import { INFO_CHECKS } from './info/index.ts';
import { METHODS_CHECKS } from './methods/index.ts';
import { NEGATIVE_CHECKS } from './negative/index.ts';
import { PERMISSION_CHECKS } from './permission/index.ts';
import { RESPONSE_CHECKS } from './response/index.ts';
import { SEMANTICS_CHECKS } from './semantics/index.ts';
import { TRANSPORT_CHECKS } from './transport/index.ts';
import type { AnyCheckDefinition } from './types.ts';

export const CHECKS: readonly AnyCheckDefinition[] = [
  ...RESPONSE_CHECKS,
  ...METHODS_CHECKS,
  ...SEMANTICS_CHECKS,
  ...NEGATIVE_CHECKS,
  ...AUTH_CHECKS,
  ...PERMISSION_CHECKS,
  ...INFO_CHECKS,
  ...TRANSPORT_CHECKS,
];
