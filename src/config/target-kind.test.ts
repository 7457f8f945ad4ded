/**
 * WM_TARGET_KIND (Self-Managed or SaaS; default from the token URL: Camunda SaaS's
 * login.cloud.camunda.io → saas, else self-managed) and WM_ALLOW_ORGANIZATION_CHANGES.
 */
import { expect, test } from '@playwright/test';
import { UsageError } from '../core/errors.ts';
import { loadConfig } from './load.ts';

const REAL = {
  WM_BASE_URL: 'https://hub.example.com',
  WM_CLIENT_ID: 'wmct-full',
  WM_CLIENT_SECRET: 'placeholder-secret',
};

test('target kind: self-managed by default, saas from the SaaS token URL, or as set', () => {
  expect(loadConfig({}).targetKind).toBe('self-managed');
  expect(loadConfig({ ...REAL, WM_OAUTH_TOKEN_URL: 'https://keycloak.example.com/token' }).targetKind).toBe(
    'self-managed',
  );
  expect(loadConfig({ ...REAL, WM_OAUTH_TOKEN_URL: 'https://login.cloud.camunda.io/oauth/token' }).targetKind).toBe(
    'saas',
  );
  expect(
    loadConfig({
      ...REAL,
      WM_OAUTH_TOKEN_URL: 'https://login.cloud.camunda.io/oauth/token',
      WM_TARGET_KIND: 'self-managed',
    }).targetKind,
  ).toBe('self-managed');
  expect(loadConfig({ WM_TARGET_KIND: 'SaaS' }).targetKind).toBe('saas');
});

test('target kind: another value is one line naming the setting', () => {
  let error: unknown;
  try {
    loadConfig({ WM_TARGET_KIND: 'cloud' });
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(UsageError);
  expect(error instanceof UsageError ? error.message : '').toBe(
    'WM_TARGET_KIND="cloud" must be one of self-managed, saas',
  );
});

test('organization-wide changes: off unless allowed', () => {
  expect(loadConfig({}).allowOrganizationChanges).toBe(false);
  expect(loadConfig({ WM_ALLOW_ORGANIZATION_CHANGES: 'true' }).allowOrganizationChanges).toBe(true);
  expect(() => loadConfig({ WM_ALLOW_ORGANIZATION_CHANGES: 'sometimes' })).toThrow(
    'WM_ALLOW_ORGANIZATION_CHANGES="sometimes" must be true or false',
  );
});
