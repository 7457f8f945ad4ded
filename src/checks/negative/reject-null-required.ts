/** reject-null-required: a required field sent as null is refused with the documented 400. */
import { refusalCheck } from './refusal.ts';

export const rejectNullRequired = refusalCheck('reject-null-required', 'A null required field is refused', 'invalid');
