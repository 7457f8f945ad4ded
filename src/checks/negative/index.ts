/** The negative family's checks, in report order. */
import type { AnyCheckDefinition, CheckDefinition } from '../types.ts';
import { noSideEffect } from './no-side-effect.ts';
import { rejectInvalidId } from './reject-invalid-id.ts';
import { rejectLength } from './reject-length.ts';
import { rejectMalformedJson } from './reject-malformed-json.ts';
import { rejectMissingBody } from './reject-missing-body.ts';
import { rejectMissingRequired } from './reject-missing-required.ts';
import { rejectNullRequired } from './reject-null-required.ts';
import { rejectPaging } from './reject-paging.ts';
import { rejectPattern } from './reject-pattern.ts';
import { rejectRange } from './reject-range.ts';
import { rejectUnknownId } from './reject-unknown-id.ts';
import { rejectWrongTopLevel } from './reject-wrong-top-level.ts';
import { rejectWrongType } from './reject-wrong-type.ts';
import type { RefusalSeen } from './refusal.ts';

/** The reject-* checks: an invalid request is refused. */
export const REFUSAL_CHECKS: readonly CheckDefinition<RefusalSeen>[] = [
  rejectMissingRequired,
  rejectNullRequired,
  rejectWrongType,
  rejectLength,
  rejectRange,
  rejectPattern,
  rejectMalformedJson,
  rejectMissingBody,
  rejectWrongTopLevel,
  rejectPaging,
  rejectUnknownId,
  rejectInvalidId,
];

export const NEGATIVE_CHECKS: readonly AnyCheckDefinition[] = [...REFUSAL_CHECKS, noSideEffect];

/**
 * The reject-* check an invalid request variant names. The variants are made by
 * src/synth/negative.ts, which sits below the checks and names each variant's check by its ID;
 * an ID without a definition is a programming error.
 */
export function refusalCheckNamed(id: string): CheckDefinition<RefusalSeen> {
  const check = REFUSAL_CHECKS.find((c) => c.id === id);
  if (check === undefined) throw new Error(`wm-conformance: internal error: no negative check ${id}`);
  return check;
}
