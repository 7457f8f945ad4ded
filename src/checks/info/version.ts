/** info-version: `version` names the generation of the path it was read from — "beta" under /api/beta, "v1" under /api/v1, "v2" under the Hub's /api/v2. */
import type { CheckDefinition, Verdict } from '../types.ts';

/** The version /info must report under this API prefix; null when the prefix names no known generation. */
export function expectedVersion(apiPrefix: string): string | null {
  const last =
    apiPrefix
      .split('/')
      .filter((s) => s !== '')
      .pop() ?? '';
  return last === 'beta' || last === 'v1' || last === 'v2' ? last : null;
}

export function judgeVersion(version: string, expected: string, apiPrefix: string): Verdict {
  if (version === expected) return { ok: true };
  return { ok: false, message: `GET ${apiPrefix}/info reports version "${version}"`, expected, actual: version };
}

export interface VersionSeen {
  /** The version /info reported. */
  readonly version: string;
  /** expectedVersion of the prefix. */
  readonly expected: string;
  readonly apiPrefix: string;
}

export const infoVersion: CheckDefinition<VersionSeen> = {
  id: 'info-version',
  family: 'info',
  title: 'version matches the path generation (beta for /api/beta, v1 for /api/v1, v2 for /api/v2)',
  judge: ({ version, expected, apiPrefix }) => judgeVersion(version, expected, apiPrefix),
};
