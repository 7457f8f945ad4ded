/** Tests for catalog-unpublish-missing: the left-out asset must be there and unpublished. */
import { expect, test } from '@playwright/test';
import { catalogUnpublishMissing } from './catalog-unpublish-missing.ts';

test('unpublished passes; still published or gone fails', () => {
  const what = 'ingestCatalogAssets without the asset ingested before';
  expect(catalogUnpublishMissing.judge({ unpublished: true, what }).ok).toBe(true);
  expect(catalogUnpublishMissing.judge({ unpublished: false, what })).toEqual({
    ok: false,
    message: `${what}: the left-out asset is still published`,
    expected: 'unpublished: true',
    actual: 'unpublished: false',
  });
  expect(catalogUnpublishMissing.judge({ unpublished: undefined, what }).message).toBe(
    `${what}: the left-out asset is gone (it should stay, unpublished)`,
  );
  expect(catalogUnpublishMissing).toMatchObject({ id: 'catalog-unpublish-missing', family: 'semantics' });
});
