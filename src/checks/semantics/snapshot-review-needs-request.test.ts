/** Tests for snapshot-review-needs-request: a review without a request must get exactly 403. */
import { expect, test } from '@playwright/test';
import { snapshotReviewNeedsRequest } from './snapshot-review-needs-request.ts';

test('403 passes; an accepted review or another refusal fails', () => {
  const what = 'submitProjectSnapshotReview of a snapshot without a review request';
  expect(snapshotReviewNeedsRequest.judge({ status: 403, what }).ok).toBe(true);
  expect(snapshotReviewNeedsRequest.judge({ status: 200, what })).toEqual({
    ok: false,
    message: `${what}: answered 200, expected 403`,
    expected: '403',
    actual: '200',
  });
  expect(snapshotReviewNeedsRequest.judge({ status: 409, what }).ok).toBe(false);
  expect(snapshotReviewNeedsRequest).toMatchObject({ id: 'snapshot-review-needs-request', family: 'semantics' });
});
