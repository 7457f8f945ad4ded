/** The fail-fast breaker: five equal causes in a row trip it, anything else in between resets it; outcomes of two processes never mix. */
import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { useTempDir } from '../../test/support/temp-dir.ts';
import { failFastFile, failFastReason, recordOutcome, skipReason, trippingCause } from './fail-fast.ts';

const A = 'createProject answered 307';
const B = 'createProject: request timed out';

test('five equal causes in a row trip the breaker, with the first such cause', () => {
  expect(trippingCause([A, A, A, A, A])).toBe(A);
  expect(trippingCause([null, B, A, A, A, A, A, B, B, B, B, B])).toBe(A);
  expect(trippingCause([B, B, B, B, B, A, A, A, A, A])).toBe(B);
});

test('four in a row, a passing test or another cause in between, or alternating causes do not', () => {
  expect(trippingCause([])).toBeUndefined();
  expect(trippingCause([A, A, A, A])).toBeUndefined();
  expect(trippingCause([A, A, null, A, A, A])).toBeUndefined();
  expect(trippingCause([A, A, A, B, A, A])).toBeUndefined();
  expect(trippingCause([A, B, A, B, A, B, A, B, A, B])).toBeUndefined();
  expect(trippingCause([A, A, A], 3)).toBe(A);
});

const temp = useTempDir('wmct-fail-fast-');

/** A run folder of its own for each test. */
function runFolder(name: string): string {
  const dir = temp.path(name);
  mkdirSync(dir);
  return dir;
}

function causeOfLine(line: string): unknown {
  const parsed: unknown = JSON.parse(line);
  return typeof parsed === 'object' && parsed !== null && 'cause' in parsed ? parsed.cause : undefined;
}

test('outcomes recorded in the run folder trip the breaker; the reason starts with fail-fast:', () => {
  const runDir = runFolder('recorded');
  expect(failFastReason(runDir)).toBeUndefined();
  for (let i = 0; i < 4; i++) recordOutcome(runDir, A);
  recordOutcome(runDir, null);
  for (let i = 0; i < 4; i++) recordOutcome(runDir, A);
  expect(failFastReason(runDir)).toBeUndefined();
  recordOutcome(runDir, A);
  expect(failFastReason(runDir)).toBe(`fail-fast: the target failed 5 tests in a row the same way: ${A}`);
  expect(skipReason(A)).toBe(failFastReason(runDir));
  // Once tripped it stays tripped, whatever ends later.
  recordOutcome(runDir, null);
  expect(failFastReason(runDir)).toBe(skipReason(A));
});

test('a torn or foreign line is ignored', () => {
  const runDir = runFolder('torn');
  writeFileSync(
    failFastFile(runDir),
    `${JSON.stringify({ cause: B })}\n{"cau\nnot json\n${JSON.stringify({ other: 1 })}\n`,
  );
  for (let i = 0; i < 4; i++) recordOutcome(runDir, B);
  expect(failFastReason(runDir)).toBe(skipReason(B));
});

test('two processes appending at once: every line whole, none lost', async () => {
  const runDir = runFolder('two-processes');
  const script = `import { recordOutcome } from ${JSON.stringify(new URL('./fail-fast.ts', import.meta.url).pathname)};
for (let i = 0; i < 400; i++) recordOutcome(process.argv[1], process.argv[2] + ' ' + 'x'.repeat(200) + ' ' + i);`;
  const tsx = new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url).pathname;
  const run = promisify(execFile);
  await Promise.all(['one', 'two'].map((who) => run(process.execPath, [tsx, '--eval', script, runDir, who])));
  const lines = readFileSync(failFastFile(runDir), 'utf8')
    .split('\n')
    .filter((l) => l !== '');
  expect(lines).toHaveLength(800);
  const causes = lines.map(causeOfLine);
  expect(causes.filter((c) => typeof c === 'string' && /^(one|two) x{200} \d+$/.test(c))).toHaveLength(800);
});
