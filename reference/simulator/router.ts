/**
 * Matches request paths against the route table's templates. Hand-written (a few lines) because
 * one template holds two parameters in one segment (`{milestone1Id}...{milestone2Id}`), which
 * common routers do not express. The most specific template the path matches is the resource
 * (OpenAPI: concrete paths before templated ones, so `/files/search` is not a `/files/{fileId}`);
 * its methods are the only ones served, HEAD where it has GET (RFC 9110 §9.3.2), and any other
 * method is refused with that template's methods (405, `Allow`). `methodsAcrossTemplates` (a
 * fault) matches by method first, as Spring does: `GET /files/search` reaches `getFile`.
 */
import type { RouteDef } from './types.ts';

export interface CompiledRoute {
  readonly route: RouteDef;
  readonly regex: RegExp;
  readonly paramNames: readonly string[];
  /** Characters of the template outside parameters: more is more specific. */
  readonly literalLength: number;
}

export type RouteMatch =
  | { readonly kind: 'found'; readonly route: RouteDef; readonly params: Readonly<Record<string, string>> }
  | { readonly kind: 'method-not-allowed'; readonly allowed: readonly string[] }
  | { readonly kind: 'none' };

const PARAM = /\{([^}]+)\}/g;

export function paramNames(template: string): string[] {
  return [...template.matchAll(PARAM)].map((m) => m[1] ?? '');
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function compileRoute(route: RouteDef, prefix: string): CompiledRoute {
  const template = prefix + route.path;
  const literals = template.split(PARAM).filter((_, i) => i % 2 === 0);
  const source = literals.map(escapeRegex).join('([^/]+?)');
  return {
    route,
    regex: new RegExp(`^${source}$`),
    paramNames: paramNames(template),
    literalLength: literals.join('').length,
  };
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function matchRoute(
  routes: readonly CompiledRoute[],
  method: string,
  path: string,
  options: { readonly methodsAcrossTemplates?: boolean } = {},
): RouteMatch {
  let candidates: { compiled: CompiledRoute; values: string[] }[] = [];
  for (const compiled of routes) {
    const m = compiled.regex.exec(path);
    if (m !== null) candidates.push({ compiled, values: m.slice(1) });
  }
  if (candidates.length === 0) return { kind: 'none' };
  if (options.methodsAcrossTemplates !== true) {
    const specific = Math.max(...candidates.map((c) => c.compiled.literalLength));
    const template = candidates.find((c) => c.compiled.literalLength === specific)?.compiled.route.path;
    candidates = candidates.filter((c) => c.compiled.route.path === template);
  }
  const wanted = method.toLowerCase();
  const served = (m: string): boolean => m === wanted || (wanted === 'head' && m === 'get');
  const forMethod = candidates
    .filter((c) => served(c.compiled.route.method))
    .sort((a, b) => b.compiled.literalLength - a.compiled.literalLength);
  const best = forMethod[0];
  if (best === undefined) {
    const allowed = [...new Set(candidates.map((c) => c.compiled.route.method.toUpperCase()))];
    return { kind: 'method-not-allowed', allowed };
  }
  const params: Record<string, string> = {};
  best.compiled.paramNames.forEach((name, i) => {
    params[name] = decode(best.values[i] ?? '');
  });
  return { kind: 'found', route: best.compiled.route, params };
}
