/** strict-required: every property the schema documents is present (required or not: the strict reading). */
import { strictCheck } from './checks.ts';

export const strictRequired = strictCheck(
  'strict-required',
  'missing',
  'Every documented property is present',
  'every documented property present',
);
