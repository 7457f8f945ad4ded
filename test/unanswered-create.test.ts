/**
 * A create whose answer is lost (the target made the project, the answer never came: a timeout)
 * leaves nothing behind: the test's clean-up looks the project up by its run-tagged name and
 * deletes it. The run itself fails those tests (the set-up timed out), as it must.
 */
import { expect, test } from '@playwright/test';
import { doctor } from './support/doctored.ts';
import { expiredTokenEnv, startConformance, standaloneTarget } from './support/standalone.ts';

test('project creates that time out after the target made them: the projects are found by name and deleted', async () => {
  test.setTimeout(180_000);
  const target = await standaloneTarget();
  let dropped = 0;
  const front = await doctor(target, {
    dropAnswer: ({ method, path }) => method === 'POST' && /\/projects$/.test(path) && dropped++ < 3,
  });
  try {
    const before = target.stats().resources;
    const run = startConformance(target, ['--grep', '@semantics'], {
      ...front.env,
      ...(await expiredTokenEnv(target)),
      WM_REQUEST_TIMEOUT_MS: '1500',
      WMCT_ALLURE: '0',
      WMCT_BLOB: '0',
    });
    const { code } = await run.exited;
    expect(dropped, 'answers were dropped').toBeGreaterThanOrEqual(3);
    expect(code, run.output().slice(-3000)).toBe(1);
    expect(run.output()).toContain('createProject: request timed out');
    expect(target.stats().resources).toEqual(before);
  } finally {
    await front.stop();
    await target.stop();
  }
});
