/** auth-missing-token: a request without credentials is refused with 401. */
import { rejectionCheck } from './rejection.ts';

export const authMissingToken = rejectionCheck(
  'auth-missing-token',
  'A request without an Authorization header gets 401',
);
