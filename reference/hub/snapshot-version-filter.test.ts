/**
 * The knob snapshotVersionFilterOverSet (facts §2.1 "Project snapshots", the search's
 * `fileVersionKey`): off, the operators test each captured version on its own, so an empty
 * snapshot matches nothing and `$neq` matches a snapshot that holds another version too.
 */
import { expect, test } from '@playwright/test';
import { field, text } from '../../test/support/reference-client.ts';
import { file, keysOf, project, startHub } from '../../test/support/hub.ts';

test('off: fileVersionKey tests each captured version on its own ($neq, $notIn, $exists: false miss the empty snapshot)', async () => {
  const other = await startHub({ snapshotVersionFilterOverSet: false });
  try {
    const o = other.api;
    const p = await project(o);
    const snapshot = async (name: string): Promise<string> =>
      text((await o('POST', '/project-snapshots', { body: { projectKey: p, name } })).json, 'projectSnapshotKey');
    const empty = await snapshot('empty');
    await file(o, p, null, 'alpha');
    await file(o, p, null, 'beta');
    const full = await snapshot('full');
    const versions = field((await o('GET', `/project-snapshots/${full}`)).json, 'fileVersions');
    const first = text(Array.isArray(versions) ? versions[0] : undefined, 'versionKey');
    const search = async (condition: unknown): Promise<unknown[]> =>
      keysOf(
        await o('POST', '/project-snapshots/search', {
          body: { filter: { projectKey: p, fileVersionKey: condition } },
        }),
        'projectSnapshotKey',
      );
    expect(await search({ $neq: first })).toEqual([full]);
    expect(await search({ $notIn: [first] })).toEqual([full]);
    expect(await search({ $exists: false })).toEqual([]);
    expect(await search({ $exists: true })).toEqual([full]);
    expect(await search(first)).toEqual([full]);
    expect(empty).not.toBe(full);
  } finally {
    await other.target.stop();
  }
});
