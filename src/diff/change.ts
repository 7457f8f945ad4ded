/**
 * Building a Change: who it is about (operation label, method, path), the message rendered
 * from the rule's template (`{name}` placeholders), and the old/new fragments.
 */
import type { JsonValue } from '../core/json.ts';
import type { OperationPair } from './context.ts';
import type { OperationSide } from './operations.ts';
import type { Change, RuleMeta } from './types.ts';

export interface ChangeTarget {
  readonly operation: string | null;
  readonly method: string | null;
  readonly path: string | null;
}

export const DOCUMENT_TARGET: ChangeTarget = { operation: null, method: null, path: null };

export function sideTarget(side: OperationSide): ChangeTarget {
  const method = side.method.toUpperCase();
  return { operation: side.operationId ?? `${method} ${side.path}`, method, path: side.path };
}

/** A paired operation is named as the new document names it (its operationId, else its old one). */
export function pairTarget(pair: OperationPair): ChangeTarget {
  const target = sideTarget(pair.new);
  return pair.new.operationId === null && pair.old.operationId !== null
    ? { ...target, operation: pair.old.operationId }
    : target;
}

export function pathTarget(path: string): ChangeTarget {
  return { operation: null, method: null, path };
}

/** Fills `{name}` placeholders; an unknown name stays visible as written. */
export function render(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** A value as messages show it: strings quoted, other JSON as JSON. */
export function show(value: JsonValue): string {
  return JSON.stringify(value);
}

export interface ChangeDetail {
  readonly location: string;
  readonly values?: Readonly<Record<string, string>>;
  readonly old?: JsonValue;
  readonly new?: JsonValue;
}

export function makeChange(rule: RuleMeta, target: ChangeTarget, detail: ChangeDetail): Change {
  const change: Change = {
    id: rule.id,
    severity: rule.severity,
    ...target,
    location: detail.location,
    message: render(rule.messageTemplate, detail.values ?? {}),
  };
  return {
    ...change,
    ...(detail.old === undefined ? {} : { oldFragment: detail.old }),
    ...(detail.new === undefined ? {} : { newFragment: detail.new }),
  };
}
