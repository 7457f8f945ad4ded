/**
 * The API prefix of a document ("/api/v1", "/api/beta") and the resource of a path ("projects").
 * The prefix is the longest run of leading segments all paths share, cut after the first
 * version-like segment (v1, beta, alpha), never holding a template segment, and always leaving
 * every path at least one segment of its own.
 */

const VERSION_SEGMENT = /^(v\d+|beta|alpha)$/i;

function segmentsOf(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

function commonLeadingSegments(paths: readonly string[][]): string[] {
  const [first, ...rest] = paths;
  if (first === undefined) return [];
  const shortest = Math.min(...paths.map((segments) => segments.length));
  const common: string[] = [];
  for (const [index, segment] of first.entries()) {
    if (index >= shortest - 1 || segment.includes('{')) break;
    if (!rest.every((segments) => segments[index] === segment)) break;
    common.push(segment);
    if (VERSION_SEGMENT.test(segment)) break;
  }
  return common;
}

/** "/api/v1" for Web Modeler's paths; "" when the paths share no leading segment. */
export function apiPrefixOf(paths: readonly string[]): string {
  const common = commonLeadingSegments(paths.map(segmentsOf));
  return common.length === 0 ? '' : `/${common.join('/')}`;
}

/** First segment after the prefix: "/api/v1/projects/{projectId}" → "projects". */
export function resourceOf(path: string, apiPrefix: string): string {
  const rest = path.startsWith(apiPrefix) ? path.slice(apiPrefix.length) : path;
  return segmentsOf(rest)[0] ?? '';
}
