/** Tests for info-organization: a UUID, and the full client's. */
import { expect, test } from '@playwright/test';
import { infoOrganization, judgeOrganization } from './organization.ts';

const ORG = '3f1c2b4a-5d6e-4f70-8192-a3b4c5d6e7f8';

test("info-organization: a UUID, and the full client's", () => {
  expect(judgeOrganization(ORG, undefined, 'full').ok).toBe(true);
  expect(judgeOrganization(ORG, ORG.toUpperCase(), 'limited').ok).toBe(true);
  expect(judgeOrganization('org-1', undefined, 'full')).toMatchObject({ ok: false, expected: 'a UUID' });
  expect(judgeOrganization(ORG, '00000000-0000-4000-8000-000000000000', 'limited')).toMatchObject({
    ok: false,
    message: "the limited client's authorizedOrganization differs from the full client's",
  });
});

test('the definition judges the organization it is given', () => {
  expect(infoOrganization.judge({ organization: ORG, fullClients: ORG, client: 'limited' }).ok).toBe(true);
  expect(infoOrganization.judge({ organization: 'x', fullClients: undefined, client: 'full' }).ok).toBe(false);
  expect(infoOrganization).toMatchObject({ id: 'info-organization', family: 'info' });
});
