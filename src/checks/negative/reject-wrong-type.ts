/** reject-wrong-type: a field of the wrong JSON type is refused with the documented 400. */
import { refusalCheck } from './refusal.ts';

export const rejectWrongType = refusalCheck('reject-wrong-type', 'A value of the wrong type is refused', 'invalid');
