/** reject-missing-body: a request without its required body is refused with the documented 400. */
import { refusalCheck } from './refusal.ts';

export const rejectMissingBody = refusalCheck('reject-missing-body', 'A missing required body is refused', 'invalid');
