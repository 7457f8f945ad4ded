/**
 * Rule factories for operations and paths that appear or disappear, and for the request body
 * appearing or becoming required.
 */
import type { DiffContext } from '../context.ts';
import { makeChange, pairTarget, pathTarget, sideTarget } from '../change.ts';
import type { OperationSide } from '../operations.ts';
import { requestBodyOf } from '../operations.ts';
import type { Change, Rule, RuleMeta } from '../types.ts';

function sideValues(side: OperationSide): Record<string, string> {
  return { method: side.method.toUpperCase(), path: side.path };
}

export interface RemovedOperationRuleSpec extends RuleMeta {
  /** The whole path is gone (true) or only this operation of a path that remains (false). */
  readonly pathRemoved: boolean;
  readonly deprecated: boolean;
}

/** Placeholders: {method}, {path}. */
export function removedOperationRule(spec: RemovedOperationRuleSpec): Rule {
  const { pathRemoved, deprecated, ...meta } = spec;
  return {
    ...meta,
    check(ctx: DiffContext): Change[] {
      return ctx.removed
        .filter((side) => ctx.removedPaths.includes(side.path) === pathRemoved && side.deprecated === deprecated)
        .map((side) => makeChange(meta, sideTarget(side), { location: 'operation', values: sideValues(side) }));
    },
  };
}

/** One change per operation the new document adds. Placeholders: {method}, {path}. */
export function addedOperationRule(meta: RuleMeta): Rule {
  return {
    ...meta,
    check(ctx: DiffContext): Change[] {
      return ctx.added.map((side) =>
        makeChange(meta, sideTarget(side), { location: 'operation', values: sideValues(side) }),
      );
    },
  };
}

/** One change per path the new document adds. Placeholder: {path}. */
export function addedPathRule(meta: RuleMeta): Rule {
  return {
    ...meta,
    check(ctx: DiffContext): Change[] {
      return ctx.addedPaths.map((path) => makeChange(meta, pathTarget(path), { location: 'path', values: { path } }));
    },
  };
}

export interface RequestBodyRuleSpec extends RuleMeta {
  readonly change: 'became-required' | 'added-required';
}

export function requestBodyRule(spec: RequestBodyRuleSpec): Rule {
  const { change, ...meta } = spec;
  return {
    ...meta,
    check(ctx: DiffContext): Change[] {
      return ctx.paired
        .filter((pair) => {
          const old = requestBodyOf(pair.old);
          const new_ = requestBodyOf(pair.new);
          if (new_?.required !== true) return false;
          return change === 'added-required' ? old === undefined : old !== undefined && old.required !== true;
        })
        .map((pair) =>
          makeChange(meta, pairTarget(pair), {
            location: 'request body',
            old: change === 'became-required' ? false : undefined,
            new: true,
          }),
        );
    },
  };
}
