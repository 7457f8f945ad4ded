/**
 * What every response check receives, and helpers to find what the document says about a
 * status. Response checks run on every response the suite receives (src/api).
 */
import type { LiveDocument, OperationModel, ResponseModel, SchemaValidation } from '../../document/types.ts';
import type { CheckDefinition, Verdict } from '../types.ts';
import type { JsonValue } from '../../core/json.ts';

/** What the caller meant: a positive call, a call that must be refused, or no expectation. */
export type ResponseExpectation = 'success' | 'rejection' | 'any';

export interface ResponseContext {
  readonly op: OperationModel;
  readonly doc: LiveDocument;
  readonly validators: SchemaValidation;
  readonly expectation: ResponseExpectation;
  readonly status: number;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly bodyText: string;
  /** The parsed JSON body; undefined when the body is empty or not JSON. */
  readonly body: JsonValue | undefined;
}

/** A check run on every response: its judge gives a verdict, or null when it does not apply to this response. */
export type ResponseCheck = CheckDefinition<ResponseContext, Verdict | null>;

/** The documented response for a status: exact code, then range ("4XX"), then "default". */
export function documentedResponse(op: OperationModel, status: number): ResponseModel | undefined {
  const code = String(status);
  return (
    op.responses.find((r) => r.status === code) ??
    op.responses.find((r) => r.status.toUpperCase() === `${code[0] ?? ''}XX`) ??
    op.responses.find((r) => r.status === 'default')
  );
}

export function documentedStatuses(op: OperationModel): string[] {
  return op.responses.map((r) => r.status);
}

/** The documented success statuses (2xx), numerically. */
export function successStatuses(op: OperationModel): number[] {
  return op.responses
    .map((r) => r.status)
    .filter((s) => /^2\d\d$/.test(s))
    .map(Number)
    .sort((a, b) => a - b);
}

/** "application/json; charset=utf-8" → "application/json". */
export function mediaTypeOf(contentType: string | undefined): string | null {
  if (contentType === undefined) return null;
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === '' ? null : type;
}

export function hasBody(ctx: ResponseContext): boolean {
  return ctx.bodyText.length > 0;
}

export function isSecured(op: OperationModel): boolean {
  return op.security.some((req) => Object.keys(req).length > 0);
}

export function pass(message?: string): Verdict {
  return message === undefined ? { ok: true } : { ok: true, message };
}

export function fail(message: string, expected?: string, actual?: string): Verdict {
  return {
    ok: false,
    message,
    ...(expected === undefined ? {} : { expected }),
    ...(actual === undefined ? {} : { actual }),
  };
}

/** Shortens a text for messages. */
export function excerpt(text: string, max = 200): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}
