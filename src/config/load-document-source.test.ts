/**
 * WM_OPENAPI_URL as a document source: an http(s) URL as before, a file: URL or a file path (made
 * absolute, relative to the working folder) for a local or split specification, and — without
 * WM_BASE_URL — the document the embedded target is judged by. Other schemes and broken URLs
 * are one line, exit 2.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { UsageError } from '../core/errors.ts';
import { loadConfig } from './load.ts';

const REMOTE = {
  WM_BASE_URL: 'https://modeler.example.com',
  WM_OAUTH_TOKEN_URL: 'https://issuer.example.com/token',
  WM_CLIENT_ID: 'wmct-full',
  WM_CLIENT_SECRET: 'placeholder-secret',
};

function usageMessage(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof UsageError) {
      expect(error.exitCode).toBe(2);
      return error.message;
    }
    throw error;
  }
  throw new Error('loadConfig accepted the configuration');
}

test('a file path (relative or absolute) or a file: URL is taken as an absolute path; http(s) URLs stay URLs', () => {
  const absolute = resolve('specs-elsewhere', 'camunda-openapi.yaml');
  expect(loadConfig({ ...REMOTE, WM_OPENAPI_URL: 'specs-elsewhere/camunda-openapi.yaml' }).openapiUrl).toBe(absolute);
  expect(loadConfig({ ...REMOTE, WM_OPENAPI_URL: absolute }).openapiUrl).toBe(absolute);
  expect(loadConfig({ ...REMOTE, WM_OPENAPI_URL: pathToFileURL(absolute).href }).openapiUrl).toBe(absolute);
  expect(loadConfig({ ...REMOTE, WM_OPENAPI_URL: 'https://hub.example.com/spec/openapi.yaml/' }).openapiUrl).toBe(
    'https://hub.example.com/spec/openapi.yaml',
  );
});

test('without WM_BASE_URL, WM_OPENAPI_URL names the document the embedded target is judged by', () => {
  const config = loadConfig({ WM_REFERENCE_GENERATION: 'hub-v2', WM_OPENAPI_URL: '../shared/spec/openapi.yaml' });
  expect([config.baseUrl, config.referenceGeneration, config.openapiUrl]).toEqual([
    null,
    'hub-v2',
    resolve('../shared/spec/openapi.yaml'),
  ]);
});

test('another scheme or a file: URL that is no file path is one line', () => {
  expect(usageMessage({ ...REMOTE, WM_OPENAPI_URL: 'ftp://hub.example.com/openapi.yaml' })).toBe(
    'WM_OPENAPI_URL="ftp://hub.example.com/openapi.yaml" must be an http:// or https:// URL, a file: URL or a file path',
  );
  expect(usageMessage({ ...REMOTE, WM_OPENAPI_URL: 'file://remote-host/openapi.yaml' })).toBe(
    'WM_OPENAPI_URL="file://remote-host/openapi.yaml" is not a file: URL (expected e.g. file:///path/to/openapi.yaml)',
  );
});
