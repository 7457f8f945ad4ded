/** Tests for the run's banner line: target without password, profile, generation, READ-ONLY / READ-WRITE. */
import { expect, test } from '@playwright/test';
import { bannerLine, maskUserinfo } from './banner.ts';

const REAL = {
  baseUrl: 'https://modeler.example.com',
  embedded: false,
  faults: [],
  profile: 'staging',
  generation: 'v1',
  readOnly: false,
  documentUrl: 'https://modeler.example.com/v3/api-docs',
  documentVia: null,
};

test('user info loses its password, wherever a URL stands in the text', () => {
  expect(maskUserinfo('http://user:s3cret@host:8070')).toBe('http://user:***@host:8070');
  expect(maskUserinfo('https://token-only@host/x?y=1')).toBe('https://***@host/x?y=1');
  expect(maskUserinfo('through http://a:b@h/swagger-ui.html')).toBe('through http://a:***@h/swagger-ui.html');
  expect(maskUserinfo('http://host:8070/a@b')).toBe('http://host:8070/a@b');
});

test('a real target: profile, generation and mode', () => {
  expect(bannerLine(REAL)).toBe('target https://modeler.example.com (profile staging, v1, READ-WRITE)');
  expect(
    bannerLine({
      ...REAL,
      baseUrl: 'http://user:pw@localhost:8070',
      profile: null,
      generation: 'beta',
      readOnly: true,
    }),
  ).toBe('target http://user:***@localhost:8070 (no profile, beta, READ-ONLY)');
});

test('the embedded target says so, with its faults; a document found elsewhere is named', () => {
  expect(
    bannerLine({ ...REAL, baseUrl: 'http://127.0.0.1:4000', embedded: true, profile: null, faults: ['soft-delete'] }),
  ).toBe(
    'target the embedded reference target http://127.0.0.1:4000 (no profile, v1, READ-WRITE, faults: soft-delete)',
  );
  expect(
    bannerLine({
      ...REAL,
      documentVia: 'found through the Swagger UI page https://modeler.example.com/swagger-ui.html',
    }),
  ).toBe(
    'target https://modeler.example.com (profile staging, v1, READ-WRITE); document https://modeler.example.com/v3/api-docs (found through the Swagger UI page https://modeler.example.com/swagger-ui.html)',
  );
});
