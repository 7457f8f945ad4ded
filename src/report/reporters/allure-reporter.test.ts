/** The run's Allure reporter writes through its own writer (no fsync), the same files allure-js-commons' writer writes. */
import { expect, test } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Suite } from '@playwright/test/reporter';
import { Stage } from 'allure-js-commons';
import { FileSystemWriter } from 'allure-js-commons/sdk/reporter';
import UnflushedAllureReporter, { UnflushedWriter } from './allure-reporter.ts';

function emptySuite(): Suite {
  const suite: Suite = {
    type: 'root',
    title: '',
    suites: [],
    tests: [],
    allTests: () => [],
    entries: () => [],
    titlePath: () => [],
    project: () => undefined,
  };
  return suite;
}

test('after onBegin, allure-playwright writes through the unflushed writer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wmct-allure-'));
  try {
    const reporter = new UnflushedAllureReporter({ resultsDir: dir, detail: false, suiteTitle: false });
    reporter.onBegin(emptySuite());
    const runtime: unknown = Reflect.get(reporter, 'allureRuntime');
    expect(
      typeof runtime === 'object' && runtime !== null && 'writer' in runtime ? runtime.writer : null,
    ).toBeInstanceOf(UnflushedWriter);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the unflushed writer writes the files and content allure-js-commons writes, and leaves no temporary file', () => {
  const ours = mkdtempSync(join(tmpdir(), 'wmct-allure-'));
  const theirs = mkdtempSync(join(tmpdir(), 'wmct-allure-'));
  try {
    const source = join(ours, '..', `wmct-allure-source-${process.pid}.txt`);
    writeFileSync(source, 'from a file');
    for (const writer of [
      new UnflushedWriter(join(ours, 'results')),
      new FileSystemWriter({ resultsDir: join(theirs, 'results') }),
    ]) {
      writer.writeResult({
        uuid: 'u1',
        name: 't',
        historyId: 'h',
        fullName: 'f',
        testCaseId: 'c',
        statusDetails: {},
        stage: Stage.FINISHED,
        labels: [],
        links: [],
        parameters: [],
        attachments: [],
        steps: [],
        start: 1,
        stop: 2,
      });
      writer.writeGroup({ uuid: 'g1', name: 'g', children: [], befores: [], afters: [] });
      writer.writeAttachment('a-attachment.json', Buffer.from('{"x":1}'));
      writer.writeAttachmentFromPath('b-attachment.txt', source);
      writer.writeEnvironmentInfo({ node: 'v20', 'a key': 'a=value' });
      writer.writeCategoriesDefinitions([{ name: 'c', matchedStatuses: [] }]);
      writer.writeGlobals('x-globals.json', { attachments: [], errors: [] });
    }
    rmSync(source);
    const files = readdirSync(join(ours, 'results')).sort();
    expect(files).toEqual(readdirSync(join(theirs, 'results')).sort());
    expect(files).toHaveLength(7);
    for (const file of files)
      expect(readFileSync(join(ours, 'results', file), 'utf8'), file).toBe(
        readFileSync(join(theirs, 'results', file), 'utf8'),
      );
  } finally {
    rmSync(ours, { recursive: true, force: true });
    rmSync(theirs, { recursive: true, force: true });
  }
});
