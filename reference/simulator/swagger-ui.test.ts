/** The reference target serves springdoc's Swagger UI entry points, and the suite's document fetch finds the document through them. */
import { expect, test } from '@playwright/test';
import { fetchDocument } from '../../src/document/fetch.ts';
import { HttpClient } from '../../src/http/client.ts';
import { startReferenceTarget } from '../target.ts';

test('/swagger-ui.html → /swagger-ui/index.html → swagger-initializer.js → /v3/api-docs/swagger-config → /v3/api-docs, as springdoc serves them', async () => {
  const target = await startReferenceTarget();
  try {
    const page = await fetch(`${target.baseUrl}/swagger-ui.html`, { redirect: 'manual' });
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe('/swagger-ui/index.html');
    const index = await fetch(`${target.baseUrl}/swagger-ui/index.html`);
    expect(index.headers.get('content-type')).toContain('text/html');
    expect(await index.text()).toContain('<script src="./swagger-initializer.js"');
    expect(await (await fetch(`${target.baseUrl}/swagger-ui/swagger-initializer.js`)).text()).toContain(
      '"configUrl" : "/v3/api-docs/swagger-config"',
    );
    expect(await (await fetch(`${target.baseUrl}/v3/api-docs/swagger-config`)).json()).toMatchObject({
      configUrl: '/v3/api-docs/swagger-config',
      url: '/v3/api-docs',
    });

    const found = await fetchDocument(
      { http: new HttpClient({ timeoutMs: 5000, maxRetries: 0 }), setting: 'WM_OPENAPI_URL' },
      target.swaggerUiUrl,
    );
    expect(found.url).toBe(target.openapiUrl);
    expect(JSON.parse(found.text)).toEqual(JSON.parse(await (await fetch(target.openapiUrl)).text()));
  } finally {
    await target.stop();
  }
});
