/** reject-invalid-id: a path id that is not a UUID is refused (400 or 404). */
import { refusalCheck } from './refusal.ts';

export const rejectInvalidId = refusalCheck('reject-invalid-id', 'An id that is not a UUID is refused', 'invalid-id');
