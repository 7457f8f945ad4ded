/**
 * cluster-registration-upsert: registering a cluster whose id is registered updates that
 * registration (facts §2.1 "Clusters": upsert when the resolved id exists) — the second
 * registration succeeds and afterwards the registry holds that id once, with the second name.
 */
import type { CheckDefinition, Verdict } from '../types.ts';

export interface UpsertSeen {
  /** The status of the second registration of the id. */
  readonly status: number;
  /** The second registration's `clusterName`. */
  readonly sent: string;
  /** Names of the registrations with that id (`uuid`) read afterwards. */
  readonly names: readonly string[];
  readonly what: string;
}

export const clusterRegistrationUpsert: CheckDefinition<UpsertSeen> = {
  id: 'cluster-registration-upsert',
  family: 'semantics',
  title: 'Registering a registered cluster again updates its registration (upsert)',
  judge: ({ status, sent, names, what }): Verdict => {
    const expected = `one registration named "${sent}"`;
    if (status < 200 || status > 299)
      return { ok: false, message: `${what}: answered ${status}, expected success`, expected, actual: String(status) };
    if (names.length === 1 && names[0] === sent) return { ok: true };
    const actual = names.length === 0 ? 'no registration' : names.map((n) => `"${n}"`).join(', ');
    return {
      ok: false,
      message:
        names.length === 0
          ? `${what}: the id is no longer registered`
          : names.length > 1
            ? `${what}: the id is registered ${names.length} times (${actual}), not updated`
            : `${what}: the registration kept the name ${actual}, not the "${sent}" sent again`,
      expected,
      actual,
    };
  },
};
