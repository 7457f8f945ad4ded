/** The cross-API check's names come from the migration mapping (facts §4.3). */
import { expect, test } from '@playwright/test';
import { crossApiNames } from './cross-api-names.ts';

test('the renames of §4.3 the cross-API check compares under', () => {
  expect(crossApiNames()).toEqual({
    workspaceKey: { v1: 'id', v2: 'workspaceKey' },
    workspaceWrapper: { v1: 'metadata', v2: 'workspace' },
    fileKey: { v1: 'id', v2: 'fileKey' },
    fileFolder: { v1: 'folderId', v2: 'folderKey' },
    fileWrapper: 'metadata',
    memberWorkspace: { v1: 'projectId', v2: 'workspaceKey' },
    memberRole: { field: 'role', v1: 'project_admin', v2: 'workspace_admin' },
  });
});
