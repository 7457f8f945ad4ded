/** revision-conflict: an update with a stale revision is refused with 409. */
import type { CheckDefinition } from '../types.ts';
import { judgeStatus, type StatusSeen } from './lifecycle.ts';

export const revisionConflict: CheckDefinition<StatusSeen> = {
  id: 'revision-conflict',
  family: 'semantics',
  title: 'A stale revision is refused with 409',
  judge: ({ status, what }) => judgeStatus(status, 409, what),
};
