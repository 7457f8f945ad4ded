/**
 * Types of the breaking-change classifier: severities, one classified change, and a rule.
 * Rule IDs and severities follow oasdiff (ERR = breaking, WARN = possibly breaking, INFO).
 */
import type { JsonValue } from '../core/json.ts';
import type { DiffContext } from './context.ts';
import type { Severity } from '../core/severity.ts';

export interface Change {
  /** The rule ID, e.g. "response-required-property-removed". */
  readonly id: string;
  readonly severity: Severity;
  /** operationId, or "METHOD /path" when there is none; null for document-wide changes. */
  readonly operation: string | null;
  /** Upper-case HTTP method, null for document-wide or path-wide changes. */
  readonly method: string | null;
  /** Path template as written (the new document's for paired operations); null for document-wide changes. */
  readonly path: string | null;
  /** Where in the operation, e.g. "response 200 application/json /metadata/revision". */
  readonly location: string;
  readonly message: string;
  readonly oldFragment?: JsonValue;
  readonly newFragment?: JsonValue;
}

/** What a rule is, without its check: enough to build a change. */
export interface RuleMeta {
  readonly id: string;
  readonly severity: Severity;
  readonly description: string;
  /** Message with `{name}` placeholders, filled per change. */
  readonly messageTemplate: string;
}

export interface Rule extends RuleMeta {
  check(ctx: DiffContext): Change[];
}
