/**
 * Rule factory for security requirement changes, on operations (their effective requirements,
 * compared where either side declares its own `security`, so that moving a requirement between
 * the operation and the document is no change) or on the document's global `security`.
 */
import type { DiffContext } from '../context.ts';
import type { ChangeTarget } from '../change.ts';
import { DOCUMENT_TARGET, makeChange, pairTarget } from '../change.ts';
import type { SecurityDiff } from '../security.ts';
import { diffSecurity, effectiveSecurity, requirementsOf } from '../security.ts';
import type { Change, Rule, RuleMeta } from '../types.ts';

export type SecurityChangeKind = 'added' | 'removed' | 'scope-added' | 'scope-removed';

export interface SecurityRuleSpec extends RuleMeta {
  readonly level: 'operation' | 'global';
  readonly change: SecurityChangeKind;
}

/** Placeholders: {security} (requirement name), {scheme}, {scope}. */
function findings(diff: SecurityDiff, change: SecurityChangeKind): Record<string, string>[] {
  switch (change) {
    case 'added':
      return diff.added.map((security) => ({ security }));
    case 'removed':
      return diff.removed.map((security) => ({ security }));
    case 'scope-added':
      return diff.scopesAdded.map((c) => ({ security: c.requirement, scheme: c.scheme, scope: c.scope }));
    case 'scope-removed':
      return diff.scopesRemoved.map((c) => ({ security: c.requirement, scheme: c.scheme, scope: c.scope }));
  }
}

interface Compared {
  readonly target: ChangeTarget;
  readonly location: string;
  readonly diff: SecurityDiff;
}

function comparisons(ctx: DiffContext, level: SecurityRuleSpec['level']): Compared[] {
  if (level === 'global') {
    const diff = diffSecurity(requirementsOf(ctx.oldDoc.security), requirementsOf(ctx.newDoc.security));
    return [{ target: DOCUMENT_TARGET, location: 'security (document)', diff }];
  }
  return ctx.paired
    .filter((pair) => pair.old.operation.security !== undefined || pair.new.operation.security !== undefined)
    .map((pair) => ({
      target: pairTarget(pair),
      location: 'security',
      diff: diffSecurity(effectiveSecurity(pair.old), effectiveSecurity(pair.new)),
    }));
}

export function securityRule(spec: SecurityRuleSpec): Rule {
  const { level, change, ...meta } = spec;
  return {
    ...meta,
    check(ctx: DiffContext): Change[] {
      return comparisons(ctx, level).flatMap((compared) =>
        findings(compared.diff, change).map((values) =>
          makeChange(meta, compared.target, { location: compared.location, values }),
        ),
      );
    },
  };
}
