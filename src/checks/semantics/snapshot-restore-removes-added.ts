/**
 * snapshot-restore-removes-added: restoring a project snapshot removes the files added to the
 * project since (facts §2.1 "Project snapshots") — read afterwards, such a file answers 404.
 */
import type { CheckDefinition } from '../types.ts';
import { judgeStatus, type StatusSeen } from './lifecycle.ts';

export const snapshotRestoreRemovesAdded: CheckDefinition<StatusSeen> = {
  id: 'snapshot-restore-removes-added',
  family: 'semantics',
  title: 'Restoring a project snapshot removes the files added since (GET → 404)',
  judge: ({ status, what }) => judgeStatus(status, 404, what),
};
