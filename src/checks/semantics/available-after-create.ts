/** available-after-create: a GET right after a create finds the created resource (any 2xx). */
import type { CheckDefinition } from '../types.ts';
import { judgeStatus, type StatusSeen } from './lifecycle.ts';

export const availableAfterCreate: CheckDefinition<StatusSeen> = {
  id: 'available-after-create',
  family: 'semantics',
  title: 'A created resource can be read at once',
  judge: ({ status, what }) => (status >= 200 && status < 300 ? { ok: true } : judgeStatus(status, 200, what)),
};
