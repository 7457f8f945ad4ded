/**
 * Security requirements compared as oasdiff compares them: a requirement (one alternative of
 * the `security` list) is named by its scheme names ("Bearer", "apiKey + oauth"); requirements
 * only one side has are added or removed, and for a requirement both sides have, the scopes
 * added or removed per scheme. The anonymous requirement `{}` is never reported as added or
 * removed (it makes security optional; see api-security-became-required).
 */
import { isJsonObject, type JsonValue } from '../core/json.ts';
import type { OperationSide } from './operations.ts';

/** Requirement name → scheme → scopes. */
export type Requirements = ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;

export function requirementsOf(value: JsonValue | undefined): Requirements {
  const result = new Map<string, ReadonlyMap<string, readonly string[]>>();
  for (const requirement of Array.isArray(value) ? value : []) {
    if (!isJsonObject(requirement)) continue;
    const schemes = new Map<string, readonly string[]>();
    for (const [scheme, scopes] of Object.entries(requirement)) {
      schemes.set(scheme, Array.isArray(scopes) ? scopes.filter((s) => typeof s === 'string') : []);
    }
    result.set([...schemes.keys()].sort().join(' + '), schemes);
  }
  return result;
}

/** The operation's own `security`, else the document's. */
export function effectiveSecurity(side: OperationSide): Requirements {
  return requirementsOf(side.operation.security ?? side.root.security);
}

/** No requirement at all, or the anonymous one among them: callers may come without credentials. */
export function isOpen(requirements: Requirements): boolean {
  return requirements.size === 0 || requirements.has('');
}

export interface ScopeChange {
  readonly requirement: string;
  readonly scheme: string;
  readonly scope: string;
}

export interface SecurityDiff {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly scopesAdded: readonly ScopeChange[];
  readonly scopesRemoved: readonly ScopeChange[];
}

function scopeChanges(requirement: string, from: Requirements, to: Requirements): ScopeChange[] {
  const changes: ScopeChange[] = [];
  for (const [scheme, scopes] of from.get(requirement) ?? []) {
    const other = to.get(requirement)?.get(scheme) ?? [];
    for (const scope of scopes) if (!other.includes(scope)) changes.push({ requirement, scheme, scope });
  }
  return changes;
}

export function diffSecurity(old: Requirements, new_: Requirements): SecurityDiff {
  const named = (requirements: Requirements): string[] => [...requirements.keys()].filter((name) => name !== '');
  const shared = named(old).filter((name) => new_.has(name));
  return {
    added: named(new_).filter((name) => !old.has(name)),
    removed: named(old).filter((name) => !new_.has(name)),
    scopesAdded: shared.flatMap((name) => scopeChanges(name, new_, old)),
    scopesRemoved: shared.flatMap((name) => scopeChanges(name, old, new_)),
  };
}
