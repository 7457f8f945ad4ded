/** The judge shared by create-roundtrip, update-visible and restore-visible: a later GET shows what was written. */
import type { Verdict } from '../types.ts';
import { mismatchedFields } from './fields.ts';
import type { JsonObject, JsonValue } from '../../core/json.ts';

/** What was written, what a later read returned, and what that read was. */
export interface Written {
  readonly sent: JsonObject;
  readonly got: JsonValue | undefined;
  readonly what: string;
}

export function judgeWritten({ sent, got, what }: Written): Verdict {
  const wrong = mismatchedFields(sent, got);
  if (wrong.length === 0) return { ok: true, message: `${what}: every sent field is returned` };
  return { ok: false, message: `${what}: ${wrong.join('; ')}`, expected: 'the values sent', actual: wrong.join('; ') };
}
