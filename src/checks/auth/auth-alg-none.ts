/** auth-alg-none: an unsigned token (alg "none") is refused with 401. */
import { rejectionCheck } from './rejection.ts';

export const authAlgNone = rejectionCheck('auth-alg-none', 'An unsigned token (alg "none") gets 401');
