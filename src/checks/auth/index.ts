/** The auth family's checks, in report order. */
import type { AnyCheckDefinition, CheckDefinition } from '../types.ts';
import { authAlgNone } from './auth-alg-none.ts';
import { authBasicScheme } from './auth-basic-scheme.ts';
import { authExpiredToken } from './auth-expired-token.ts';
import { authMalformedToken } from './auth-malformed-token.ts';
import { authMissingToken } from './auth-missing-token.ts';
import { authWrongAudience } from './auth-wrong-audience.ts';
import { authWrongSignature } from './auth-wrong-signature.ts';
import { authNoDataLeak } from './no-data-leak.ts';
import type { AuthStatusSeen } from './rejection.ts';
import { wwwAuthenticate } from './www-authenticate.ts';

/** One check per kind of bad credential. */
export const AUTH_REJECTION_CHECKS: readonly CheckDefinition<AuthStatusSeen>[] = [
  authMissingToken,
  authMalformedToken,
  authExpiredToken,
  authWrongSignature,
  authAlgNone,
  authWrongAudience,
  authBasicScheme,
];

export const AUTH_CHECKS: readonly AnyCheckDefinition[] = [...AUTH_REJECTION_CHECKS, wwwAuthenticate, authNoDataLeak];
