/** auth-basic-scheme: Basic credentials instead of a bearer token are refused with 401. */
import { rejectionCheck } from './rejection.ts';

export const authBasicScheme = rejectionCheck(
  'auth-basic-scheme',
  'Basic credentials instead of a bearer token get 401',
);
