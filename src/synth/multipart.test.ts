/**
 * Multipart bodies from the document: the parts of the catalog ingestion's schema with the
 * content type its `encoding` gives each (else OpenAPI 3.0's default), a missing required part or
 * an unknown one refused; and undici's encoding of them on the wire (src/api/client.ts).
 */
import { expect, test } from '@playwright/test';
import { buildHubDocument } from '../../reference/hub/document.ts';
import { hubRoutes } from '../../reference/hub/route-table.ts';
import { encodeMultipart } from '../api/client.ts';
import { buildDocumentModel } from '../document/model.ts';
import { multipartMedia, multipartParts } from './multipart.ts';
import { SynthesisError } from './synthesize.ts';

const raw = buildHubDocument(hubRoutes());
const doc = buildDocumentModel(raw, '3.0.3', '3.0');
const ingest = doc.operations.find((op) => op.key === 'ingestCatalogAssets');

test('multipart: the ingestion parts and their encoding', () => {
  if (ingest === undefined) throw new Error('no ingestCatalogAssets');
  const media = multipartMedia(raw, ingest.pointer);
  expect(media).toEqual({
    properties: ['readme', 'template'],
    required: ['readme', 'template'],
    contentTypes: { readme: 'text/markdown', template: 'application/json' },
  });
  const getInfo = doc.operations.find((op) => op.key === 'getInfo');
  expect(getInfo === undefined ? 'none' : multipartMedia(raw, getInfo.pointer)).toBeUndefined();
});

test('multipart: the default content type without an encoding', () => {
  const root = {
    paths: {
      '/x': {
        put: {
          requestBody: {
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: { file: { type: 'string', format: 'binary' }, note: { type: 'string' } },
                },
                encoding: { note: { contentType: 'text/csv, text/plain' } },
              },
            },
          },
        },
      },
    },
  };
  expect(multipartMedia(root, '#/paths/~1x/put')?.contentTypes).toEqual({
    file: 'application/octet-stream',
    note: 'text/csv',
  });
});

test('multipart: parts in schema order; a missing required or unknown part is refused', () => {
  const media = {
    properties: ['readme', 'template'],
    required: ['readme', 'template'],
    contentTypes: { readme: 'text/markdown', template: 'application/json' },
  };
  const parts = multipartParts(media, {
    template: [{ filename: 'a.json', content: '{}' }],
    readme: [
      { filename: 'a.md', content: '# a' },
      { filename: 'b.md', content: '# b' },
    ],
  });
  expect(parts.map((p) => `${p.name} ${p.filename ?? ''} ${p.contentType}`)).toEqual([
    'readme a.md text/markdown',
    'readme b.md text/markdown',
    'template a.json application/json',
  ]);
  expect(() => multipartParts(media, { readme: [{ filename: 'a.md', content: '#' }] })).toThrow(SynthesisError);
  expect(() => multipartParts(media, { readme: [], template: [] })).toThrow(/readme, template/);
  expect(() =>
    multipartParts(media, {
      readme: [{ filename: 'a', content: '' }],
      template: [{ filename: 'b', content: '' }],
      logo: [{ filename: 'c', content: '' }],
    }),
  ).toThrow(/no part "logo"/);
});

test("multipart: encoded by undici with each part's content type, text kept exactly", async () => {
  const { body, contentType } = await encodeMultipart([
    {
      name: 'readme',
      filename: 'a.md',
      contentType: 'text/markdown',
      content: '---\ntemplate: a.json\n---\n# Ünïcode',
    },
    { name: 'template', filename: 'a.json', contentType: 'application/json', content: '{"id":"a"}' },
  ]);
  const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(contentType)?.[1];
  expect(boundary).toBeDefined();
  expect(body).toContain(
    'Content-Disposition: form-data; name="readme"; filename="a.md"\r\nContent-Type: text/markdown\r\n\r\n---\ntemplate: a.json\n---\n# Ünïcode\r\n',
  );
  expect(body).toContain('name="template"; filename="a.json"\r\nContent-Type: application/json\r\n\r\n{"id":"a"}\r\n');
  expect(body.endsWith(`--${boundary ?? ''}--\r\n`)).toBe(true);
});
