/** reject-pattern: a string outside its pattern or enum is refused with the documented 400. */
import { refusalCheck } from './refusal.ts';

export const rejectPattern = refusalCheck('reject-pattern', 'A value outside the pattern/enum is refused', 'invalid');
