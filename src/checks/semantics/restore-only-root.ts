/**
 * restore-only-root: an item soft-deleted as part of an ancestor's deletion is not restored on its
 * own: 404, "not the root of its own deletion" (facts §2.1).
 */
import type { CheckDefinition } from '../types.ts';
import { judgeStatus, type StatusSeen } from './lifecycle.ts';

export const restoreOnlyRoot: CheckDefinition<StatusSeen> = {
  id: 'restore-only-root',
  family: 'semantics',
  title: 'Restoring an item deleted with its ancestor answers 404',
  judge: ({ status, what }) => judgeStatus(status, 404, what),
};
