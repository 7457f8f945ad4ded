/** reject-malformed-json: a body that is not JSON is refused with the documented 400. */
import { refusalCheck } from './refusal.ts';

export const rejectMalformedJson = refusalCheck('reject-malformed-json', 'Malformed JSON is refused', 'invalid');
