/**
 * Comparing what a request sent with what a later GET returns: each sent field is looked up in
 * the response (top level, then `metadata`), with the domain's renamings (`fileType` is
 * returned as `type`). Fields that are instructions rather than state (`revision`) are skipped,
 * and so are fields the response does not carry at all: a documented field that is missing is
 * the strict reading's finding (strict-required), not a wrong value.
 */
import { isJsonObject, type JsonObject, type JsonValue } from '../../core/json.ts';

const RENAMED: Readonly<Record<string, string>> = { fileType: 'type' };
const NOT_STATE = new Set(['revision']);

function lookup(body: JsonValue | undefined, field: string): { found: boolean; value?: JsonValue } {
  if (!isJsonObject(body)) return { found: false };
  const name = RENAMED[field] ?? field;
  if (name in body) return { found: true, value: body[name] };
  if (isJsonObject(body.metadata) && name in body.metadata) return { found: true, value: body.metadata[name] };
  return { found: false };
}

function show(value: JsonValue | undefined): string {
  if (value === undefined) return 'absent';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/** Fields whose sent value the response does not show ("name: sent "a", got "b""). */
export function mismatchedFields(sent: JsonObject, got: JsonValue | undefined): string[] {
  const out: string[] = [];
  for (const [field, value] of Object.entries(sent)) {
    if (NOT_STATE.has(field) || isJsonObject(value) || Array.isArray(value)) continue;
    const { found, value: actual } = lookup(got, field);
    if (found && actual !== value) {
      out.push(`${field}: sent ${show(value)}, got ${show(actual)}`);
    }
  }
  return out;
}
