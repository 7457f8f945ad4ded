/** strict-datetime: dates are RFC 3339 date-times. */
import { strictCheck } from './checks.ts';

export const strictDatetime = strictCheck(
  'strict-datetime',
  'datetime',
  'Dates are RFC 3339 date-times',
  'RFC 3339 date-times',
);
