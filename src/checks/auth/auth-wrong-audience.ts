/** auth-wrong-audience: a token of the same issuer without the Web Modeler API audience is refused with 401 (WM_FOREIGN_TOKEN_STATUS). */
import { rejectionCheck } from './rejection.ts';

export const authWrongAudience = rejectionCheck(
  'auth-wrong-audience',
  'A token without the Web Modeler API audience gets 401 (or the configured 403)',
);
