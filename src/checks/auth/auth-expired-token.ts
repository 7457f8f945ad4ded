/** auth-expired-token: an expired token (issued by the configured issuer, or handed to the workers) is refused with 401. */
import { rejectionCheck } from './rejection.ts';

export const authExpiredToken = rejectionCheck('auth-expired-token', 'An expired token gets 401');
