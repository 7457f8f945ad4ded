/** reject-missing-required: a body without a required field is refused with the documented 400. */
import { refusalCheck } from './refusal.ts';

export const rejectMissingRequired = refusalCheck(
  'reject-missing-required',
  'A missing required field is refused',
  'invalid',
);
