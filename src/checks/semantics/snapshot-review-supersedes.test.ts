/** Tests for snapshot-review-supersedes: the older snapshot must have no pending request. */
import { expect, test } from '@playwright/test';
import { snapshotReviewSupersedes } from './snapshot-review-supersedes.ts';

test('no pending request passes; one still pending or none read fails', () => {
  const what = 'getProjectSnapshot of the older snapshot after requestProjectSnapshotReview of a newer one';
  expect(snapshotReviewSupersedes.judge({ pending: false, what }).ok).toBe(true);
  expect(snapshotReviewSupersedes.judge({ pending: true, what })).toEqual({
    ok: false,
    message: `${what}: the older snapshot's review request is still pending`,
    expected: 'reviewRequest: null',
    actual: 'a pending reviewRequest',
  });
  expect(snapshotReviewSupersedes.judge({ pending: undefined, what }).message).toBe(
    `${what}: the older snapshot's answer has no reviewRequest`,
  );
  expect(snapshotReviewSupersedes).toMatchObject({ id: 'snapshot-review-supersedes', family: 'semantics' });
});
