/** auth-wrong-signature: a token signed by a key the issuer never published is refused with 401. */
import { rejectionCheck } from './rejection.ts';

export const authWrongSignature = rejectionCheck(
  'auth-wrong-signature',
  'A token signed by a key the issuer never published gets 401',
);
