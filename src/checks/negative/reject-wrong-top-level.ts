/** reject-wrong-top-level: a body of the wrong top-level type (an array for an object…) is refused with the documented 400. */
import { refusalCheck } from './refusal.ts';

export const rejectWrongTopLevel = refusalCheck(
  'reject-wrong-top-level',
  'A body of the wrong top-level type is refused',
  'invalid',
);
