/**
 * The case of the issue on the real product's published v1 document (../shared/reference, kept
 * outside the project): `npm run diff` of the document against a copy without
 * `FileMetadataDto.simplePath` exits 1 with the removal as ERR in every response that carries a
 * file's metadata, and says why in one line; with --no-implicit-required it is the old
 * "0 ERR, 7 WARN" and exit 0. Variations on the same document: a nested DTO property made
 * nullable, a type changed. Skipped with the reason when the reference folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { useTempDir } from '../../test/support/temp-dir.ts';
import { main } from '../cli/diff.ts';
import { classify } from './classify-changes.ts';
import { declaresResponseRequired, IMPLICIT_REQUIRED_NOTE } from './implicit-required.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../core/json.ts';

const REFERENCE = resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'shared',
  'reference',
  'web-modeler-v1-openapi-41f4f56.json',
);

function loadReference(): JsonObject {
  const parsed: unknown = JSON.parse(readFileSync(REFERENCE, 'utf8'));
  if (!isJsonObject(parsed)) throw new Error(`${REFERENCE} is not a JSON object`);
  return parsed;
}

/** The properties of component schema `name` (throws when the document's shape is not as expected). */
function propertiesOf(root: JsonObject, name: string): JsonObject {
  let current: JsonValue | undefined = root;
  for (const key of ['components', 'schemas', name, 'properties'])
    current = isJsonObject(current) ? current[key] : undefined;
  if (!isJsonObject(current)) throw new Error(`no properties of ${name}`);
  return current;
}

/** "SEVERITY rule-id operation" of every change, sorted. */
function lines(oldDoc: JsonObject, newDoc: JsonObject): string[] {
  return classify(oldDoc, newDoc, { implicitRequired: true })
    .changes.map((c) => `${c.severity} ${c.id} ${c.operation ?? '-'}`)
    .sort();
}

const temp = useTempDir('wmct-implicit-required-');

async function diff(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

const FILE_METADATA_RESPONSES = ['createFile', 'getFile', 'getFolder', 'getProject', 'patchFile', 'searchFiles'];

test.describe('the published v1 document, read with documented response properties as required', () => {
  test.skip(!existsSync(REFERENCE), `the reference document ${REFERENCE} is absent (it lives outside the repository)`);

  let reference: JsonObject = {};
  let edited: JsonObject = {};
  test.beforeEach(() => {
    reference = loadReference();
    edited = structuredClone(reference);
  });

  test('it declares no required response property (so the reading applies)', () => {
    expect(declaresResponseRequired(reference)).toBe(false);
  });

  test('npm run diff: FileMetadataDto.simplePath removed is ERR in every response carrying it, exit 1, and says why', async () => {
    delete propertiesOf(edited, 'FileMetadataDto').simplePath;
    const old = temp.file('published.json', JSON.stringify(reference));
    const new_ = temp.file('without-simple-path.json', JSON.stringify(edited));
    const outcome = await diff(old, new_);
    expect(outcome.err).toBe('');
    expect(outcome.code).toBe(1);
    const out = outcome.out.split('\n');
    expect(out.slice(0, 2)).toEqual([
      'Breaking-change classification: 6 ERR, 1 WARN, 0 INFO',
      `Note: ${IMPLICIT_REQUIRED_NOTE}`,
    ]);
    expect(lines(reference, edited)).toEqual([
      ...FILE_METADATA_RESPONSES.map((op) => `ERR response-required-property-removed ${op}`),
      // The file search's filter is a FileMetadataDto too: a request property, read as written.
      'WARN request-property-removed searchFiles',
    ]);

    const literal = await diff(old, new_, '--no-implicit-required');
    expect(literal.code).toBe(0);
    expect(literal.out.split('\n')[0]).toBe('Breaking-change classification: 0 ERR, 7 WARN, 0 INFO');
    expect(literal.out).not.toContain('Note:');
  });

  test('a property of a nested DTO made nullable, and a type changed: ERR with their own rules', () => {
    const user = propertiesOf(edited, 'UserDto');
    user.email = { type: 'string', nullable: true };
    propertiesOf(edited, 'PathElementDto').id = { type: 'integer' };
    const found = new Set(lines(reference, edited).map((line) => line.split(' ').slice(0, 2).join(' ')));
    expect([...found].sort()).toEqual([
      'ERR request-property-type-changed',
      'ERR response-property-became-nullable',
      'ERR response-property-type-changed',
    ]);
  });

  test('a response property removed from a nested DTO (UserDto.email, inside every createdBy): ERR', () => {
    delete propertiesOf(edited, 'UserDto').email;
    const found = lines(reference, edited);
    expect(found.filter((line) => line.startsWith('ERR response-required-property-removed')).length).toBeGreaterThan(
      10,
    );
    expect(
      found.every(
        (line) =>
          line.startsWith('ERR response-required-property-removed') || line.startsWith('WARN request-property-removed'),
      ),
    ).toBe(true);
  });
});
