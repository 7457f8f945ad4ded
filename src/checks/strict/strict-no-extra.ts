/** strict-no-extra: the body carries no property its schema does not declare. */
import { strictCheck } from './checks.ts';

export const strictNoExtra = strictCheck(
  'strict-no-extra',
  'extra',
  'No property the document does not declare',
  'only documented properties',
);
