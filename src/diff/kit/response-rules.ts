/**
 * Rule factories for response statuses and for media types (of responses and request bodies)
 * that appear or disappear.
 */
import type { DiffContext, OperationPair } from '../context.ts';
import { makeChange, pairTarget } from '../change.ts';
import { contentOf, isSuccessStatus, requestBodyOf, responsesOf } from '../operations.ts';
import type { Change, Rule, RuleMeta } from '../types.ts';

/** Keys of `from` that `to` lacks. */
function missingKeys<T>(from: ReadonlyMap<string, T>, to: ReadonlyMap<string, T>): string[] {
  return [...from.keys()].filter((key) => !to.has(key));
}

/** `added` → what the new side has alone; `removed` → what the old side has alone. */
function oneSided<T>(change: 'added' | 'removed', old: ReadonlyMap<string, T>, new_: ReadonlyMap<string, T>): string[] {
  return change === 'added' ? missingKeys(new_, old) : missingKeys(old, new_);
}

export interface StatusRuleSpec extends RuleMeta {
  readonly change: 'added' | 'removed';
  /** 2xx statuses (true) or all others (false). */
  readonly success: boolean;
}

/** Placeholder: {status}. */
export function statusRule(spec: StatusRuleSpec): Rule {
  const { change, success, ...meta } = spec;
  return {
    ...meta,
    check(ctx: DiffContext): Change[] {
      return ctx.paired.flatMap((pair) =>
        oneSided(change, responsesOf(pair.old), responsesOf(pair.new))
          .filter((status) => isSuccessStatus(status) === success)
          .map((status) => makeChange(meta, pairTarget(pair), { location: `response ${status}`, values: { status } })),
      );
    },
  };
}

export interface MediaTypeRuleSpec extends RuleMeta {
  readonly of: 'response' | 'request-body';
  readonly change: 'added' | 'removed';
}

interface ContentSite {
  readonly where: string;
  readonly status: string;
  readonly old: ReadonlyMap<string, unknown>;
  readonly new: ReadonlyMap<string, unknown>;
}

function responseSites(pair: OperationPair): ContentSite[] {
  const newResponses = responsesOf(pair.new);
  return [...responsesOf(pair.old)].flatMap(([status, old]) => {
    const new_ = newResponses.get(status);
    return new_ === undefined
      ? []
      : [{ where: `response ${status}`, status, old: contentOf(old), new: contentOf(new_) }];
  });
}

function requestBodySites(pair: OperationPair): ContentSite[] {
  const old = requestBodyOf(pair.old);
  const new_ = requestBodyOf(pair.new);
  return old === undefined || new_ === undefined
    ? []
    : [{ where: 'request body', status: '', old: contentOf(old), new: contentOf(new_) }];
}

/** Placeholders: {mediaType}, {status} (responses only). */
export function mediaTypeRule(spec: MediaTypeRuleSpec): Rule {
  const { of, change, ...meta } = spec;
  return {
    ...meta,
    check(ctx: DiffContext): Change[] {
      return ctx.paired.flatMap((pair) =>
        (of === 'response' ? responseSites(pair) : requestBodySites(pair)).flatMap((site) =>
          oneSided(change, site.old, site.new).map((mediaType) =>
            makeChange(meta, pairTarget(pair), {
              location: `${site.where} ${mediaType}`,
              values: { mediaType, status: site.status },
            }),
          ),
        ),
      );
    },
  };
}
