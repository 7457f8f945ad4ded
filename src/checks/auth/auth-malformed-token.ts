/** auth-malformed-token: a bearer token that is empty, garbage or truncated is refused with 401. */
import { rejectionCheck } from './rejection.ts';

export const authMalformedToken = rejectionCheck(
  'auth-malformed-token',
  'An empty, garbage or truncated bearer token gets 401',
);
