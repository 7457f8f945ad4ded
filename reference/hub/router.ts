/**
 * Matches request paths against the hub-v2 route table. Hand-written, a segment-by-segment
 * comparison: every template has at most one parameter per segment, and what is needed beyond a
 * match (the methods a path allows, for 405 with `Allow`; the most specific template winning, as
 * in Spring, e.g. `/files/search` over `/files/{fileKey}`) is what a router library would leave
 * to the caller anyway.
 */
import type { HubRouteDef } from './types.ts';

type Segment = { readonly literal: string } | { readonly param: string };

export interface HubCompiledRoute {
  readonly route: HubRouteDef;
  readonly segments: readonly Segment[];
  /** Literal segments: more is more specific. */
  readonly literals: number;
}

export type HubRouteMatch =
  | { readonly kind: 'found'; readonly route: HubRouteDef; readonly params: Readonly<Record<string, string>> }
  | { readonly kind: 'method-not-allowed'; readonly allowed: readonly string[] }
  | { readonly kind: 'none' };

const PARAM = /^\{([^}]+)\}$/;

function split(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

export function compileHubRoute(route: HubRouteDef, prefix: string): HubCompiledRoute {
  const segments: Segment[] = split(prefix + route.path).map((s) => {
    const param = PARAM.exec(s)?.[1];
    return param === undefined ? { literal: s } : { param };
  });
  return { route, segments, literals: segments.filter((s) => 'literal' in s).length };
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function matchSegments(segments: readonly Segment[], parts: readonly string[]): Record<string, string> | null {
  if (segments.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (const [i, segment] of segments.entries()) {
    const part = parts[i] ?? '';
    if ('param' in segment) params[segment.param] = decode(part);
    else if (segment.literal !== part) return null;
  }
  return params;
}

export function matchHubRoute(routes: readonly HubCompiledRoute[], method: string, path: string): HubRouteMatch {
  const parts = split(path);
  const candidates = routes.flatMap((compiled) => {
    const params = matchSegments(compiled.segments, parts);
    return params === null ? [] : [{ compiled, params }];
  });
  if (candidates.length === 0) return { kind: 'none' };
  const best = candidates
    .filter((c) => c.compiled.route.method === method.toLowerCase())
    .sort((a, b) => b.compiled.literals - a.compiled.literals)[0];
  if (best === undefined)
    return {
      kind: 'method-not-allowed',
      allowed: [...new Set(candidates.map((c) => c.compiled.route.method.toUpperCase()))].sort(),
    };
  return { kind: 'found', route: best.compiled.route, params: best.params };
}
