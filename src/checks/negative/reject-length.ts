/** reject-length: a string shorter than minLength or longer than maxLength is refused with the documented 400. */
import { refusalCheck } from './refusal.ts';

export const rejectLength = refusalCheck('reject-length', 'A string outside minLength/maxLength is refused', 'invalid');
