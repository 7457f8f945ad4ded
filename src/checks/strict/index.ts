/** The strict family's checks, in report order (run on every response with the response checks). */
import type { ResponseCheck } from '../response/context.ts';
import { strictDatetime } from './strict-datetime.ts';
import { strictNoExtra } from './strict-no-extra.ts';
import { strictNullable } from './strict-nullable.ts';
import { strictRequired } from './strict-required.ts';
import { strictUuid } from './strict-uuid.ts';

export const STRICT_CHECKS: readonly ResponseCheck[] = [
  strictRequired,
  strictNoExtra,
  strictNullable,
  strictUuid,
  strictDatetime,
];
