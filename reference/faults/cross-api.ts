/**
 * Faults where v1 (as Camunda 8.10 serves it) and the Hub API v2 share one store and disagree
 * about a resource (facts §4.1): each shows only in a both-APIs run (WM_API=v1,hub-v2), where the
 * cross-API tests read through one API what the other made or changed.
 */
import type { Fault } from './types.ts';

export const CROSS_API_FAULTS: readonly Fault[] = [
  {
    name: 'cross-api-stale-names',
    description:
      'v1 on 8.10 beside the Hub API v2: a project renamed through v1 keeps its old name in v2 (v1 reads the new one).',
    catches: ['cross-api-consistency'],
    bothApis: true,
    hub: { crossApiStaleNames: true },
  },
  {
    name: 'cross-api-role-unmapped',
    description:
      'v1 on 8.10 beside the Hub API v2: a collaborator added through v1 as project_admin is a v2 member with role project_admin (not workspace_admin).',
    // The v2 member's role is no value of v2's role enum either: the answer fails its schema.
    catches: ['cross-api-consistency', 'schema'],
    bothApis: true,
    hub: { crossApiRoleMapping: false },
  },
];
