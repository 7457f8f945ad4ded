/** permission-no-side-effect: a request refused for lack of permission changed nothing (seen by the full client; judged like no-side-effect). */
import { judgeUnchanged, type Unchanged } from '../negative/no-side-effect.ts';
import type { CheckDefinition } from '../types.ts';

export const permissionNoSideEffect: CheckDefinition<Unchanged> = {
  id: 'permission-no-side-effect',
  family: 'permission',
  title: 'A request refused for lack of permission changes nothing',
  judge: judgeUnchanged,
};
