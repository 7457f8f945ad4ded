/**
 * Tests for env-file.ts: every line of a profile is KEY=VALUE (dotenv's forms), a comment or
 * blank — anything else, an unknown name or a name set twice is one line naming file and line,
 * never the line's text.
 */
import { expect, test } from '@playwright/test';
import { UsageError } from '../core/errors.ts';
import { parseProfile } from './env-file.ts';

const FILE = 'env/staging.env';

function refusal(text: string): string {
  try {
    parseProfile(text, FILE);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    expect(error.message).not.toContain('\n');
    expect(error.exitCode).toBe(2);
    return error.message;
  }
  throw new Error('the profile was accepted');
}

test("dotenv's forms are read: comments, blanks, export, quotes, spaces around =, inline comments", () => {
  const text = [
    '# staging',
    '',
    '   ',
    'WM_BASE_URL=https://modeler.example.com',
    'export WM_OAUTH_TOKEN_URL = https://issuer.example.com/token',
    "WM_CLIENT_ID='wm-conformance'",
    'WM_CLIENT_SECRET="s#cr=t" # the full client',
    'WM_READ_ONLY=true # no writes',
    '  # indented comment',
    'WM_COLLABORATOR_EMAIL=`a@example.com`',
    'WM_OAUTH_AUDIENCE=',
  ].join('\n');
  expect(parseProfile(text, FILE)).toEqual({
    WM_BASE_URL: 'https://modeler.example.com',
    WM_OAUTH_TOKEN_URL: 'https://issuer.example.com/token',
    WM_CLIENT_ID: 'wm-conformance',
    WM_CLIENT_SECRET: 's#cr=t',
    WM_READ_ONLY: 'true',
    WM_COLLABORATOR_EMAIL: 'a@example.com',
    WM_OAUTH_AUDIENCE: '',
  });
});

test('a byte-order mark and CRLF or CR line ends are read like plain lines', () => {
  expect(parseProfile('\uFEFFWM_READ_ONLY=true\r\nWM_MAX_RETRIES=1\r\n', FILE)).toEqual({
    WM_READ_ONLY: 'true',
    WM_MAX_RETRIES: '1',
  });
  expect(parseProfile('WM_READ_ONLY=true\rWM_MAX_RETRIES=1\r', FILE)).toEqual({
    WM_READ_ONLY: 'true',
    WM_MAX_RETRIES: '1',
  });
  expect(refusal('\uFEFFWM_READ_ONLY=true\r\ngarbage\r\n')).toBe(
    `${FILE} line 2 is neither KEY=VALUE, a comment nor blank`,
  );
});

test('a quoted value may span lines; the lines inside it are part of the value', () => {
  const text = 'WM_EXPIRED_TOKEN="first\nsecond = not a setting\nthird"\nWM_READ_ONLY=false\n';
  expect(parseProfile(text, FILE)).toEqual({
    WM_EXPIRED_TOKEN: 'first\nsecond = not a setting\nthird',
    WM_READ_ONLY: 'false',
  });
});

test('a line that is neither KEY=VALUE, a comment nor blank names file and line, not its text', () => {
  expect(refusal('WM_READ_ONLY=true\nthis is not a setting\n')).toBe(
    `${FILE} line 2 is neither KEY=VALUE, a comment nor blank`,
  );
  expect(refusal('WM_CLIENT_ID=x\nPaStEd-SeCrEt-VaLuE\n')).toBe(
    `${FILE} line 2 is neither KEY=VALUE, a comment nor blank`,
  );
  expect(refusal('WM_READ_ONLY: true\n')).toBe(
    `${FILE} line 1 is neither KEY=VALUE, a comment nor blank (it starts with WM_READ_ONLY: write WM_READ_ONLY=value)`,
  );
  expect(refusal('WM_CLIENT_SECRET s3cr3t-value\n')).not.toContain('s3cr3t-value');
  expect(refusal('export WM_READ_ONLY\n')).toBe(
    `${FILE} line 1 is neither KEY=VALUE, a comment nor blank (it starts with WM_READ_ONLY: write WM_READ_ONLY=value)`,
  );
  expect(refusal('= value\n')).toBe(`${FILE} line 1 is neither KEY=VALUE, a comment nor blank`);
});

test('a quote that is never closed, or text after the closing quote, is refused', () => {
  expect(refusal('WM_CLIENT_SECRET="abc\nWM_READ_ONLY=true\n')).toBe(
    `${FILE} line 1: the value of WM_CLIENT_SECRET opens a " quote that is never closed`,
  );
  expect(refusal('WM_CLIENT_SECRET="abc" def\n')).toBe(
    `${FILE} line 1: text after the closing " quote of WM_CLIENT_SECRET's value (only a # comment may follow it)`,
  );
  expect(refusal('WM_CLIENT_SECRET="abc\nWM_READ_ONLY="true"\n')).toBe(
    `${FILE} line 2: text after the closing " quote of WM_CLIENT_SECRET's value (only a # comment may follow it)`,
  );
});

test('an unknown name is refused with the nearest known one, in any letter case', () => {
  expect(refusal('WM_READONLY=true\n')).toBe(
    `${FILE} line 1: unknown setting WM_READONLY — did you mean WM_READ_ONLY?`,
  );
  expect(refusal('# x\nwm_read_only=true\n')).toBe(
    `${FILE} line 2: unknown setting wm_read_only — names are upper case: did you mean WM_READ_ONLY?`,
  );
  expect(refusal('Wm_Base_Url=http://x\n')).toBe(
    `${FILE} line 1: unknown setting Wm_Base_Url — names are upper case: did you mean WM_BASE_URL?`,
  );
  expect(refusal('export WM_X=1\n')).toBe(`${FILE} line 1: unknown setting WM_X — did you mean WM_ENV?`);
  expect(refusal('READ_ONLY=true\n')).toBe(
    `${FILE} line 1: READ_ONLY is not a setting of the suite (a profile holds only WM_* settings; set other variables in the environment); did you mean WM_READ_ONLY?`,
  );
  expect(refusal('HTTPS_PROXY=http://proxy:3128\n')).toBe(
    `${FILE} line 1: HTTPS_PROXY is not a setting of the suite (a profile holds only WM_* settings; set other variables in the environment)`,
  );
});

test('a setting given twice is refused (which one would win is not obvious)', () => {
  expect(refusal('WM_READ_ONLY=true\n\nWM_READ_ONLY=false\n')).toBe(
    `${FILE} line 3: WM_READ_ONLY is set twice (line 1 too)`,
  );
});
