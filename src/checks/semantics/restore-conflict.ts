/**
 * restore-conflict: an item is not restored while its containing project or workspace is deleted:
 * 409 (facts §2.1).
 */
import type { CheckDefinition } from '../types.ts';
import { judgeStatus, type StatusSeen } from './lifecycle.ts';

export const restoreConflict: CheckDefinition<StatusSeen> = {
  id: 'restore-conflict',
  family: 'semantics',
  title: 'Restoring while the container is deleted answers 409',
  judge: ({ status, what }) => judgeStatus(status, 409, what),
};
