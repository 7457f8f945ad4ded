/** Allure labels of a test: epic, feature, story, tags per check family, severity, and the Swagger UI link. */
import { expect, test } from '@playwright/test';
import { allureLabelsWanted, allureMeta, swaggerLink } from './allure-labels.ts';

const base = {
  generation: 'v1',
  family: 'auth',
  operation: { key: 'getProject', operationId: 'getProject', resource: 'projects', tags: ['Projects'] },
  swaggerUiUrl: 'https://modeler.example.com/swagger-ui.html',
  checkFamilies: ['auth', 'status'],
  testTags: ['@projects', '@auth'],
};

test('labels: epic = generation, feature = resource, story = operation, severity by family, tags for the check families not already tags', () => {
  expect(allureMeta(base).labels).toEqual([
    { name: 'epic', value: 'v1' },
    { name: 'feature', value: 'projects' },
    { name: 'severity', value: 'critical' },
    { name: 'story', value: 'getProject' },
    { name: 'tag', value: 'status' },
  ]);
  expect(allureMeta({ ...base, family: 'negative' }).labels).toContainEqual({ name: 'severity', value: 'minor' });
  expect(allureMeta({ ...base, family: 'breaking' }).labels).toContainEqual({ name: 'severity', value: 'blocker' });
});

test("link: the operation in the target's Swagger UI, under its first tag", () => {
  expect(allureMeta(base).links).toEqual([{ url: 'https://modeler.example.com/swagger-ui.html#/Projects/getProject', name: 'Swagger UI: getProject', type: 'link' }]);
  expect(swaggerLink('http://h/swagger-ui.html', 'Project Files', 'getFile')).toBe('http://h/swagger-ui.html#/Project_Files/getFile');
  expect(swaggerLink('http://h/swagger-ui.html', undefined, 'getFile')).toBe('http://h/swagger-ui.html#/default/getFile');
});

test('a test without an operation (document, run level) gets no story and no link', () => {
  const meta = allureMeta({ ...base, family: 'document', operation: null, checkFamilies: [] });
  expect(meta.labels).toEqual([
    { name: 'epic', value: 'v1' },
    { name: 'feature', value: 'document' },
    { name: 'severity', value: 'minor' },
  ]);
  expect(meta.links).toEqual([]);
  // An operation without operationId (named "METHOD /path") has no Swagger UI deep link.
  expect(allureMeta({ ...base, operation: { key: 'GET /x', operationId: null, resource: 'x', tags: [] } }).links).toEqual([]);
});

test('labels are attached only when Allure results or a blob are written', () => {
  expect(allureLabelsWanted({})).toBe(true);
  expect(allureLabelsWanted({ WMCT_QUIET: '1' })).toBe(false);
  expect(allureLabelsWanted({ WMCT_QUIET: '1', WMCT_BLOB: '1' })).toBe(true);
  expect(allureLabelsWanted({ WMCT_ALLURE: '0', WMCT_BLOB: '0' })).toBe(false);
});
