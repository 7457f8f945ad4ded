/** Tests for prefix.ts: the API prefix and each path's resource. */
import { expect, test } from '@playwright/test';
import { apiPrefixOf, resourceOf } from './prefix.ts';

test('the prefix stops after the version segment', () => {
  expect(apiPrefixOf(['/api/v1/info', '/api/v1/projects', '/api/v1/projects/{projectId}'])).toBe('/api/v1');
  expect(apiPrefixOf(['/api/beta/files', '/api/beta/files/{fileId}'])).toBe('/api/beta');
  expect(apiPrefixOf(['/api/v1/projects', '/api/v1/projects/search'])).toBe('/api/v1');
  expect(apiPrefixOf(['/modeler/alpha/x/y', '/modeler/alpha/x/z'])).toBe('/modeler/alpha');
});

test('without a version segment the prefix is the common part, leaving each path a segment', () => {
  expect(apiPrefixOf(['/api/projects', '/api/files/{id}'])).toBe('/api');
  expect(apiPrefixOf(['/projects', '/files'])).toBe('');
  expect(apiPrefixOf(['/api/projects', '/api/projects/{id}'])).toBe('/api');
  expect(apiPrefixOf(['/info'])).toBe('');
  expect(apiPrefixOf(['/api/v2/info'])).toBe('/api/v2');
  expect(apiPrefixOf(['/{tenant}/a', '/{tenant}/b'])).toBe('');
  expect(apiPrefixOf([])).toBe('');
});

test('the resource is the first segment after the prefix', () => {
  expect(resourceOf('/api/v1/milestones/compare/{milestone1Id}...{milestone2Id}', '/api/v1')).toBe('milestones');
  expect(resourceOf('/api/v1/info', '/api/v1')).toBe('info');
  expect(resourceOf('/projects/{id}', '')).toBe('projects');
});
