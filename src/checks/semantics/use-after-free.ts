/**
 * use-after-free: a deleted resource is gone — a GET of it gets 404, and a collaborator (which
 * has no GET) is no longer listed by the collaborator search.
 */
import type { CheckDefinition } from '../types.ts';
import { judgeStatus, type StatusSeen } from './lifecycle.ts';

/** What the scenario saw after a delete: a GET's status, or whether a removed collaborator is still listed. */
export type AfterDelete =
  StatusSeen | { readonly collaborator: string; readonly listed: boolean; readonly after: string };

export const useAfterFree: CheckDefinition<AfterDelete> = {
  id: 'use-after-free',
  family: 'semantics',
  title: 'A deleted resource is gone (404)',
  judge(seen) {
    if ('status' in seen) return judgeStatus(seen.status, 404, seen.what);
    if (!seen.listed) return { ok: true };
    return {
      ok: false,
      message: `${seen.collaborator} is still listed as a collaborator after ${seen.after}`,
      expected: 'not listed',
      actual: 'listed',
    };
  },
};
