/** The response checks that run on every response the suite receives, in report order. */
import { strictDatetime, strictNoExtra, strictNullable, strictRequired, strictUuid } from '../strict/checks.ts';
import { contentType } from './content-type.ts';
import type { ResponseCheck } from './context.ts';
import { problemBody } from './problem-body.ts';
import { schema } from './schema.ts';
import { statusDocumented } from './status-documented.ts';
import { successStatus } from './success-status.ts';

export const RESPONSE_CHECKS: readonly ResponseCheck[] = [
  statusDocumented,
  successStatus,
  contentType,
  schema,
  strictRequired,
  strictNoExtra,
  strictNullable,
  strictUuid,
  strictDatetime,
  problemBody,
];
