/**
 * trash-cascade: a Hub API v2 soft delete takes the descendants along (facts §2.1): a file in a
 * deleted folder or project, a project in a deleted workspace, answers 404.
 */
import type { CheckDefinition } from '../types.ts';
import { judgeStatus, type StatusSeen } from './lifecycle.ts';

export const trashCascade: CheckDefinition<StatusSeen> = {
  id: 'trash-cascade',
  family: 'semantics',
  title: 'Soft delete cascades: a descendant of a deleted item answers 404',
  judge: ({ status, what }) => judgeStatus(status, 404, what),
};
