/** restore-visible: after restoring a milestone, the file has the milestone's content. */
import type { CheckDefinition } from '../types.ts';
import { judgeWritten, type Written } from './roundtrip.ts';

export const restoreVisible: CheckDefinition<Written> = {
  id: 'restore-visible',
  family: 'semantics',
  title: "restore → the file has the milestone's content",
  judge: judgeWritten,
};
