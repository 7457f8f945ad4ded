/** Tests for snapshot-review-once: the second review request must get exactly 409. */
import { expect, test } from '@playwright/test';
import { snapshotReviewOnce } from './snapshot-review-once.ts';

test('409 passes; a second request accepted or refused otherwise fails', () => {
  const what = 'requestProjectSnapshotReview, a second time for the snapshot';
  expect(snapshotReviewOnce.judge({ status: 409, what }).ok).toBe(true);
  expect(snapshotReviewOnce.judge({ status: 200, what })).toEqual({
    ok: false,
    message: `${what}: answered 200, expected 409`,
    expected: '409',
    actual: '200',
  });
  expect(snapshotReviewOnce.judge({ status: 400, what }).ok).toBe(false);
  expect(snapshotReviewOnce).toMatchObject({ id: 'snapshot-review-once', family: 'semantics' });
});
