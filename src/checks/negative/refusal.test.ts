/** Tests for the refusal rule the reject-* checks judge by, and for each reject-* definition. */
import { expect, test } from '@playwright/test';
import type { OperationModel } from '../../document/types.ts';
import { thingOperation } from '../fixtures/response-context.ts';
import { REFUSAL_CHECKS, refusalCheckNamed } from './index.ts';
import { expectedRefusal, judgeRefusal } from './refusal.ts';
import { rejectInvalidId } from './reject-invalid-id.ts';
import { rejectUnknownId } from './reject-unknown-id.ts';

const CREATE = thingOperation('createThing');

/** createThing documenting 422 beside its 400. */
function with422(op: OperationModel): OperationModel {
  const listed = op.responses.find((r) => r.status === '400');
  if (listed === undefined) throw new Error('the fixture documents 400');
  return { ...op, responses: [...op.responses, { ...listed, status: '422' }] };
}

test('the expected refusal: the documented 400/422, else 400; 404 for an unknown id; 400 or 404 for a malformed one', () => {
  expect(expectedRefusal(CREATE, 'invalid')).toEqual([400]);
  expect(expectedRefusal(with422(CREATE), 'invalid')).toEqual([400, 422]);
  // deleteThing documents only 4XX: the plain 400 is expected.
  expect(expectedRefusal(thingOperation('deleteThing'), 'invalid')).toEqual([400]);
  expect(expectedRefusal(CREATE, 'unknown-id')).toEqual([404]);
  expect(expectedRefusal(CREATE, 'invalid-id')).toEqual([400, 404]);
});

test('judgeRefusal: an expected status passes; anything else fails, naming the case', () => {
  expect(judgeRefusal(400, [400], 'name is null')).toEqual({ ok: true });
  expect(judgeRefusal(200, [400, 422], 'name is null')).toEqual({
    ok: false,
    message: 'name is null was answered 200',
    expected: '400 or 422',
    actual: '200',
  });
  expect(judgeRefusal(500, [400], 'x').ok).toBe(false);
});

test('every reject-* check: the invalid request refused passes, served or crashed fails', () => {
  expect(REFUSAL_CHECKS).toHaveLength(12);
  for (const check of REFUSAL_CHECKS) {
    expect(check.family, check.id).toBe('negative');
    expect(check.id, check.id).toMatch(/^reject-/);
    const refused = check === rejectUnknownId ? 404 : 400;
    expect(check.judge({ status: refused, op: CREATE, what: 'x' }), check.id).toEqual({ ok: true });
    expect(check.judge({ status: 201, op: CREATE, what: 'x' }).ok, check.id).toBe(false);
    expect(check.judge({ status: 500, op: CREATE, what: 'x' }).ok, check.id).toBe(false);
  }
});

test('the id checks expect their own statuses, whatever the operation documents', () => {
  expect(rejectUnknownId.judge({ status: 400, op: CREATE, what: 'folderId names nothing' })).toEqual({
    ok: false,
    message: 'folderId names nothing was answered 400',
    expected: '404',
    actual: '400',
  });
  expect(rejectInvalidId.judge({ status: 404, op: CREATE, what: 'x' }).ok).toBe(true);
  expect(rejectInvalidId.judge({ status: 400, op: CREATE, what: 'x' }).ok).toBe(true);
  expect(refusalCheckNamed('reject-range').judge({ status: 422, op: with422(CREATE), what: 'x' }).ok).toBe(true);
});

test('a variant naming no reject-* check is a loud internal error', () => {
  expect(refusalCheckNamed('reject-paging').id).toBe('reject-paging');
  expect(() => refusalCheckNamed('reject-nothing')).toThrow(
    'wm-conformance: internal error: no negative check reject-nothing',
  );
});
