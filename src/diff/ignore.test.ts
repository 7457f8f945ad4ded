/**
 * Tests of the ignore file: the shipped one, valid entries, and one-line errors naming the file
 * for a missing file, broken JSON, a wrong shape and an unknown rule ID.
 */
import { expect, test } from '@playwright/test';
import { useTempDir } from '../../test/support/temp-dir.ts';
import { UsageError } from '../core/errors.ts';
import { DEFAULT_IGNORE_FILE, loadIgnoreFile, parseIgnoreEntries } from './ignore.ts';
import { RULES } from './rules/index.ts';

const KNOWN = new Set(RULES.map((rule) => rule.id));
const temp = useTempDir('wmct-ignore-');
const writeIgnore = temp.file;

function usageMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return error instanceof Error ? error.message : '';
  }
  throw new Error('expected a UsageError');
}

test('the shipped ignore file is an empty list', () => {
  expect(loadIgnoreFile(DEFAULT_IGNORE_FILE, KNOWN)).toEqual([]);
});

test('valid entries load as written', () => {
  const entries = [
    { id: 'response-optional-property-removed', operation: 'getFile', reason: 'the field was never filled' },
    { id: 'endpoint-added', operation: '*', reason: 'additions are fine' },
  ];
  expect(loadIgnoreFile(writeIgnore('ok.json', JSON.stringify(entries)), KNOWN)).toEqual(entries);
});

test('a missing file, broken JSON, a wrong shape and an unknown rule are one-line UsageErrors naming the file', () => {
  const missing = temp.path('nope.json');
  expect(usageMessage(() => loadIgnoreFile(missing, KNOWN))).toBe(`ignore file ${missing} does not exist`);
  const broken = writeIgnore('broken.json', '[{"id": ');
  expect(usageMessage(() => loadIgnoreFile(broken, KNOWN))).toMatch(
    new RegExp(`^ignore file ${broken} is not valid JSON: .+`),
  );
  const noReason = writeIgnore('no-reason.json', JSON.stringify([{ id: 'endpoint-added', operation: '*' }]));
  expect(usageMessage(() => loadIgnoreFile(noReason, KNOWN))).toBe(
    `ignore file ${noReason} is invalid: entry [0] must have required property 'reason'`,
  );
  const unknown = writeIgnore('unknown.json', JSON.stringify([{ id: 'no-such-rule', operation: '*', reason: 'r' }]));
  expect(usageMessage(() => loadIgnoreFile(unknown, KNOWN))).toBe(
    `ignore file ${unknown} names an unknown rule ID "no-such-rule"`,
  );
  for (const message of [
    usageMessage(() => loadIgnoreFile(broken, KNOWN)),
    usageMessage(() => loadIgnoreFile(noReason, KNOWN)),
  ]) {
    expect(message).not.toContain('\n');
  }
});

test('the schema rejects an object, extra keys and a blank reason', () => {
  expect(usageMessage(() => parseIgnoreEntries({}, 'x.json', KNOWN))).toBe(
    'ignore file x.json is invalid: the list must be array',
  );
  const extra = [{ id: 'endpoint-added', operation: '*', reason: 'r', until: '2030' }];
  expect(usageMessage(() => parseIgnoreEntries(extra, 'x.json', KNOWN))).toBe(
    'ignore file x.json is invalid: entry [0] must NOT have additional properties',
  );
  const blank = [{ id: 'endpoint-added', operation: '*', reason: '   ' }];
  expect(usageMessage(() => parseIgnoreEntries(blank, 'x.json', KNOWN))).toContain(
    'entry [0]/reason must match pattern',
  );
});
