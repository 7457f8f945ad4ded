/** update-visible: a GET after an update shows every field changed. */
import type { CheckDefinition } from '../types.ts';
import { judgeWritten, type Written } from './roundtrip.ts';

export const updateVisible: CheckDefinition<Written> = {
  id: 'update-visible',
  family: 'semantics',
  title: 'update → get shows the change',
  judge: judgeWritten,
};
