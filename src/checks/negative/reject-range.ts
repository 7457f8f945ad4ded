/** reject-range: a number below minimum or above maximum is refused with the documented 400. */
import { refusalCheck } from './refusal.ts';

export const rejectRange = refusalCheck('reject-range', 'A number outside minimum/maximum is refused', 'invalid');
