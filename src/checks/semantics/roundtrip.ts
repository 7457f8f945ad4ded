/** create-roundtrip, update-visible, restore-visible: a later GET shows what was written. */
import type { JsonObject, JsonValue } from '../../core/json.ts';
import type { CheckId, Verdict } from '../types.ts';
import { mismatchedFields } from './fields.ts';

export const createRoundtrip: CheckId = { id: 'create-roundtrip', family: 'semantics', title: 'create → get returns what was sent' };
export const updateVisible: CheckId = { id: 'update-visible', family: 'semantics', title: 'update → get shows the change' };
export const restoreVisible: CheckId = { id: 'restore-visible', family: 'semantics', title: "restore → the file has the milestone's content" };

export function judgeWritten(sent: JsonObject, got: JsonValue | undefined, what: string): Verdict {
  const wrong = mismatchedFields(sent, got);
  if (wrong.length === 0) return { ok: true, message: `${what}: every sent field is returned` };
  return { ok: false, message: `${what}: ${wrong.join('; ')}`, expected: 'the values sent', actual: wrong.join('; ') };
}
