/** Tests for negative variants: one per violation the schema allows, each invalid per the document and naming its negative check. */
import { expect, test } from '@playwright/test';
import { REQUEST_DOCUMENT_RAW as ROOT, ref, requestErrors } from '../../test/support/request-schemas.ts';
import { negativeVariants, type NegativeVariant } from './negative.ts';
import { isJsonValue, type JsonValue } from '../core/json.ts';

const VALID_FILE = { name: 'wmct-file', projectId: 'p-1', content: '<xml/>', fileType: 'bpmn' };
const VALID_SEARCH = {
  filter: { name: 'n', flag: true },
  sort: [{ field: 'name', direction: 'ASC' }],
  page: 0,
  size: 10,
};

function summary(variants: readonly NegativeVariant[]): [string, string, string][] {
  return variants.map((v) => [v.kind, v.check, v.description]);
}

/** The body a variant sends, parsed (null for none). */
function parsed(variant: NegativeVariant | undefined): JsonValue {
  if (variant === undefined) throw new Error('no such variant');
  const value: unknown = JSON.parse(variant.raw ?? 'null');
  if (!isJsonValue(value)) throw new Error('not JSON');
  return value;
}

test('the fixture bodies are valid to begin with', () => {
  expect(requestErrors('CreateFile', VALID_FILE)).toEqual([]);
  expect(requestErrors('Search', VALID_SEARCH)).toEqual([]);
});

test('a create body yields missing, null, wrong-type, length, pattern and body-level variants', () => {
  expect(summary(negativeVariants(ROOT, ref('CreateFile'), VALID_FILE, true))).toEqual([
    ['missing-required', 'reject-missing-required', 'missing required field name'],
    ['null-required', 'reject-null-required', 'required field name is null'],
    ['missing-required', 'reject-missing-required', 'missing required field projectId'],
    ['null-required', 'reject-null-required', 'required field projectId is null'],
    ['missing-required', 'reject-missing-required', 'missing required field content'],
    ['null-required', 'reject-null-required', 'required field content is null'],
    ['missing-required', 'reject-missing-required', 'missing required field fileType'],
    ['null-required', 'reject-null-required', 'required field fileType is null'],
    ['wrong-type', 'reject-wrong-type', 'name is an object instead of a string'],
    ['too-long', 'reject-length', 'name is 256 characters (maxLength 255)'],
    ['too-short', 'reject-length', 'name is 0 characters (minLength 1)'],
    ['wrong-type', 'reject-wrong-type', 'projectId is an object instead of a string'],
    ['wrong-type', 'reject-wrong-type', 'content is an object instead of a string'],
    ['wrong-type', 'reject-wrong-type', 'fileType is an object instead of a string'],
    ['not-allowed', 'reject-pattern', 'fileType is a value the pattern does not allow'],
    ['all-missing', 'reject-missing-required', 'every required field missing'],
    ['malformed-json', 'reject-malformed-json', 'malformed JSON'],
    ['missing-body', 'reject-missing-body', 'no body'],
    ['wrong-top-level', 'reject-wrong-top-level', 'a JSON array instead of an object'],
  ]);
});

test('every JSON variant is invalid per the document, even against an ungrouped pattern', () => {
  for (const [schema, valid] of [
    ['CreateFile', VALID_FILE],
    ['Search', VALID_SEARCH],
  ] as const) {
    for (const variant of negativeVariants(ROOT, ref(schema), valid, true)) {
      if (variant.kind === 'malformed-json' || variant.kind === 'missing-body') continue;
      expect(requestErrors(schema, parsed(variant)), `${schema}: ${variant.description}`).not.toEqual([]);
    }
  }
});

test('each variant changes one thing of the valid body', () => {
  const variants = negativeVariants(ROOT, ref('CreateFile'), VALID_FILE, false);
  const byDescription = (d: string): JsonValue => parsed(variants.find((v) => v.description === d));
  expect(byDescription('missing required field projectId')).toEqual({
    name: 'wmct-file',
    content: '<xml/>',
    fileType: 'bpmn',
  });
  expect(byDescription('fileType is a value the pattern does not allow')).toEqual({
    ...VALID_FILE,
    fileType: 'wmct-not-allowed',
  });
  expect(byDescription('name is 256 characters (maxLength 255)')).toEqual({
    ...VALID_FILE,
    name: `wmct-file${'x'.repeat(247)}`,
  });
  expect(byDescription('a JSON array instead of an object')).toEqual([VALID_FILE]);
  expect(variants.find((v) => v.kind === 'malformed-json')?.raw).toBe('{"name": "wmct-malformed", ');
});

test('nested objects and array items are reached, paging bounds name reject-paging (size above its maximum is left to search-size-limit)', () => {
  const variants = negativeVariants(ROOT, ref('Search'), VALID_SEARCH, false);
  expect(summary(variants)).toEqual([
    ['missing-required', 'reject-missing-required', 'missing required field filter.name'],
    ['null-required', 'reject-null-required', 'required field filter.name is null'],
    ['wrong-type', 'reject-wrong-type', 'filter.name is an object instead of a string'],
    ['too-long', 'reject-length', 'filter.name is 11 characters (maxLength 10)'],
    ['wrong-type', 'reject-wrong-type', 'filter.flag is an object instead of a boolean'],
    ['missing-required', 'reject-missing-required', 'missing required field sort[0].field'],
    ['null-required', 'reject-null-required', 'required field sort[0].field is null'],
    ['wrong-type', 'reject-wrong-type', 'sort[0].field is an object instead of a string'],
    ['wrong-type', 'reject-wrong-type', 'sort[0].direction is an object instead of a string'],
    ['not-allowed', 'reject-pattern', 'sort[0].direction is a value the enum does not allow'],
    ['wrong-type', 'reject-wrong-type', 'page is an object instead of a integer'],
    ['out-of-range', 'reject-paging', 'page is -1 (minimum 0)'],
    ['wrong-type', 'reject-wrong-type', 'size is an object instead of a integer'],
    ['out-of-range', 'reject-paging', 'size is -1 (minimum 0)'],
    ['malformed-json', 'reject-malformed-json', 'malformed JSON'],
    ['wrong-top-level', 'reject-wrong-top-level', 'a JSON array instead of an object'],
  ]);
  const nested = variants.find((v) => v.description === 'required field sort[0].field is null');
  expect(parsed(nested)).toEqual({ ...VALID_SEARCH, sort: [{ field: null, direction: 'ASC' }] });
});

test('bounds outside paging name reject-range; no body requirement, no missing-body variant', () => {
  const variants = negativeVariants(ROOT, ref('CreateFile'), { ...VALID_FILE, revision: 0 }, false);
  expect(summary(variants).filter(([kind]) => kind === 'out-of-range' || kind === 'missing-body')).toEqual([
    ['out-of-range', 'reject-range', 'revision is -1 (minimum 0)'],
  ]);
});
