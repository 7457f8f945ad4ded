/** create-roundtrip: a GET after a create returns every field sent. */
import type { CheckDefinition } from '../types.ts';
import { judgeWritten, type Written } from './roundtrip.ts';

export const createRoundtrip: CheckDefinition<Written> = {
  id: 'create-roundtrip',
  family: 'semantics',
  title: 'create → get returns what was sent',
  judge: judgeWritten,
};
