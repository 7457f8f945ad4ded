/**
 * The checks the API client runs on every response the suite receives (src/api/client.ts), in
 * report order: the response folder's families (status, content-type, schema, problem) with the
 * strict family's list (src/checks/strict/index.ts) after the schema check.
 */
import { STRICT_CHECKS } from '../strict/index.ts';
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
  ...STRICT_CHECKS,
  problemBody,
];
