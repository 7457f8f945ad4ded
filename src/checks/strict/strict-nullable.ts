/** strict-nullable: null appears only where the schema says nullable. */
import { strictCheck } from './checks.ts';

export const strictNullable = strictCheck(
  'strict-nullable',
  'null',
  'Null only where the schema is nullable',
  'no null where not nullable',
);
