/**
 * Rule factory for request parameters that appear or disappear (paired by `in` + name, path
 * parameters by position).
 */
import type { DiffContext } from '../context.ts';
import { makeChange, pairTarget } from '../change.ts';
import type { ParameterSide } from '../parameters.ts';
import { diffParameters } from '../parameters.ts';
import type { Change, Rule, RuleMeta } from '../types.ts';

export interface ParameterPresenceRuleSpec extends RuleMeta {
  readonly change: 'added' | 'removed';
  /** Which of the added (or removed) parameters this rule reports. */
  readonly select: (parameter: ParameterSide) => boolean;
}

/** Placeholders: {in}, {name}. */
export function parameterPresenceRule(spec: ParameterPresenceRuleSpec): Rule {
  const { change, select, ...meta } = spec;
  return {
    ...meta,
    check(ctx: DiffContext): Change[] {
      return ctx.paired.flatMap((pair) => {
        const diff = diffParameters(pair.old, pair.new);
        return (change === 'added' ? diff.added : diff.removed).filter(select).map((parameter) =>
          makeChange(meta, pairTarget(pair), {
            location: `${parameter.in} parameter ${parameter.name}`,
            values: { in: parameter.in, name: parameter.name },
            ...(change === 'added' ? { new: parameter.required } : { old: parameter.required }),
          }),
        );
      });
    },
  };
}
