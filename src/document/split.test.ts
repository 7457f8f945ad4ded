/**
 * The live document as a split specification: a small one written by the test to a temporary
 * folder (a YAML root, a YAML file of paths, a YAML file of schemas, relative `$ref`s between
 * them), read as WM_OPENAPI_URL names it — a path, a file: URL, an http URL — through
 * fetchDocument, then loaded, modelled and compiled like any live document. A path item whose
 * `$ref` points at nothing is left out and said so; every other problem (a missing file, a `$ref`
 * to a missing file, a `$ref` pointing at nothing inside an operation, broken YAML) is one
 * UsageError line naming the file (and the ref, or the line).
 */
import { createServer, type Server } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { UsageError } from '../core/errors.ts';
import { HttpClient } from '../http/client.ts';
import { useTempDir } from '../../test/support/temp-dir.ts';
import { fetchDocument, type FoundDocument } from './fetch.ts';
import { loadLiveDocument } from './index.ts';
import { parseDocumentText } from './parse.ts';
import { SchemaValidators } from './schemas.ts';
import { hasExternalRefs, loadSplitDocument } from './split.ts';

const dir = useTempDir('wmct-split-');
const ctx = { http: new HttpClient({ timeoutMs: 5_000, maxRetries: 0 }), setting: 'WM_OPENAPI_URL' };

const ROOT = `openapi: 3.0.3
info: { title: Widgets, version: "2.0.0" }
servers:
  - url: http://localhost:8088/api/v2
security:
  - bearerAuth: []
paths:
  /widgets:
    $ref: "paths/widgets.yaml#/paths/~1widgets"
  /widgets/{widgetKey}:
    $ref: "paths/widgets.yaml#/paths/~1widgets~1{widgetKey}"
components:
  securitySchemes:
    bearerAuth: { type: http, scheme: bearer, bearerFormat: JWT }
`;

const WIDGETS = `paths:
  /widgets:
    post:
      operationId: createWidget
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: "../schemas.yaml#/components/schemas/WidgetCreateRequest" }
      responses:
        "200":
          description: Created.
          content:
            application/json:
              schema: { $ref: "../schemas.yaml#/components/schemas/WidgetResult" }
        "400":
          $ref: "../schemas.yaml#/components/responses/InvalidData"
  /widgets/{widgetKey}:
    get:
      operationId: getWidget
      parameters:
        - name: widgetKey
          in: path
          required: true
          schema: { type: string }
      responses:
        "200":
          description: The widget.
          content:
            application/json:
              schema: { $ref: "../schemas.yaml#/components/schemas/WidgetResult" }
        "404":
          $ref: "../schemas.yaml#/components/responses/NotFound"
`;

const SCHEMAS = `components:
  schemas:
    WidgetCreateRequest:
      type: object
      additionalProperties: false
      required: [name]
      properties:
        name: { type: string, minLength: 1, maxLength: 255 }
    WidgetResult:
      type: object
      required: [widgetKey, name]
      properties:
        widgetKey: { type: string }
        name: { type: string }
        created: { type: string, format: date-time, example: 2026-01-15T10:30:00Z }
    ProblemDetail:
      type: object
      properties:
        type: { type: string }
        title: { type: string }
        status: { type: integer }
  responses:
    InvalidData:
      description: Invalid data.
      content:
        application/problem+json:
          schema: { $ref: "#/components/schemas/ProblemDetail" }
    NotFound:
      description: Not found.
      content:
        application/problem+json:
          schema: { $ref: "#/components/schemas/ProblemDetail" }
`;

/** Writes the three files under `folder` (the root's text may be changed); returns the root's path. */
function writeSpec(folder: string, files: { root?: string; widgets?: string; schemas?: string } = {}): string {
  mkdirSync(dir.path(folder, 'paths'), { recursive: true });
  dir.file(join(folder, 'paths', 'widgets.yaml'), files.widgets ?? WIDGETS);
  dir.file(join(folder, 'schemas.yaml'), files.schemas ?? SCHEMAS);
  return dir.file(join(folder, 'openapi.yaml'), files.root ?? ROOT);
}

async function usageError(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    const message = error instanceof Error ? error.message : String(error);
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('expected a UsageError');
}

async function expectUsable(found: FoundDocument): Promise<void> {
  const doc = await loadLiveDocument(found.text, found.url);
  expect(doc.operations.map((o) => `${o.method.toUpperCase()} ${o.path} ${o.key}`).sort()).toEqual([
    'GET /api/v2/widgets/{widgetKey} getWidget',
    'POST /api/v2/widgets createWidget',
  ]);
  expect(new SchemaValidators(doc).compileAll()).toBeGreaterThanOrEqual(3);
  const created = doc.operations.find((o) => o.key === 'createWidget');
  expect(created?.requestBody?.required).toBe(true);
  expect(created?.responses.map((r) => r.status).sort()).toEqual(['200', '400']);
}

test('a split specification named by path, relative path or file: URL is bundled, loaded, modelled and compiled', async () => {
  const root = writeSpec('disk');
  for (const source of [root, relative(process.cwd(), root), pathToFileURL(root).href]) {
    const found = await fetchDocument(ctx, source);
    expect(found).toMatchObject({ url: root, via: 'bundled from 3 files', swaggerUi: null });
    expect(hasExternalRefs(parseDocumentText(found.text, found.url))).toBe(false);
    await expectUsable(found);
  }
});

test('a single local file is read as it is (said to be a local file)', async () => {
  const single = dir.file(
    'single.yaml',
    'openapi: 3.0.3\ninfo: { title: One, version: "1" }\npaths:\n  /x:\n    get:\n      responses:\n        "200": { description: ok }\n',
  );
  const found = await fetchDocument(ctx, single);
  expect(found.via).toBe('a local file');
  expect((await loadLiveDocument(found.text, found.url)).operations.map((o) => o.key)).toEqual(['GET /x']);
});

test('a split specification served over http is bundled from where it was found', async () => {
  const root = writeSpec('served');
  const folder = join(root, '..');
  const server: Server = createServer((req, res) => {
    try {
      const body = readFileSync(join(folder, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
      res.writeHead(200, { 'content-type': 'application/yaml' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const found = await fetchDocument(ctx, `http://127.0.0.1:${port}/openapi.yaml`);
    expect(found.url).toBe(`http://127.0.0.1:${port}/openapi.yaml`);
    expect(found.via).toBe('bundled from 3 files');
    await expectUsable(found);
    dir.file(
      join('served', 'openapi.yaml'),
      ROOT.replace('paths/widgets.yaml#/paths/~1widgets"', 'paths/gone.yaml#/paths/~1widgets"'),
    );
    const missing = await usageError(fetchDocument(ctx, `http://127.0.0.1:${port}/openapi.yaml`));
    expect(missing).toContain(
      `http://127.0.0.1:${port}/openapi.yaml: the document cannot be bundled: http://127.0.0.1:${port}/openapi.yaml: $ref "paths/gone.yaml#/paths/~1widgets" at #/paths/~1widgets: `,
    );
    expect(missing).toContain(`http://127.0.0.1:${port}/paths/gone.yaml answered 404`);
  } finally {
    await new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    });
  }
});

test('a path item whose $ref points at nothing is left out, and the note names the path', async () => {
  const root = writeSpec('dangling-path', {
    root: ROOT.replace(
      'components:',
      `  /widgets/{widgetKey}/usages/search:\n    $ref: "paths/widgets.yaml#/paths/~1widgets~1{widgetKey}~1usages~1search"\ncomponents:`,
    ),
  });
  const split = await loadSplitDocument(root);
  expect(split.leftOut).toEqual(['/widgets/{widgetKey}/usages/search']);
  const found = await fetchDocument(ctx, root);
  expect(found.via).toBe(
    'bundled from 3 files; 1 path left out, its $ref points at nothing: /widgets/{widgetKey}/usages/search',
  );
  await expectUsable(found);
});

test('a $ref pointing at nothing inside an operation is one line naming the file and the ref', async () => {
  const root = writeSpec('dangling-schema', {
    widgets: WIDGETS.replace('schemas.yaml#/components/schemas/WidgetResult', 'schemas.yaml#/components/schemas/Gone'),
  });
  const message = await usageError(fetchDocument(ctx, root));
  expect(message).toBe(
    `${root}: the document cannot be bundled: ${dir.path('dangling-schema', 'schemas.yaml')}: $ref #/components/schemas/Gone points at nothing (Gone does not exist)`,
  );
});

test('a shared schema the bundler inlined inside another (under a nullable allOf, below a templated path) still validates', async () => {
  // The bundler inlines a shared part where it first meets it (the shallowest use) and points the
  // others there: Owner inside /widgets/{widgetKey}'s nullable allOf (a schema the validators
  // rewrite), the WidgetKey parameter under /widgets/{widgetKey} (a pointer with braces).
  const widgets = `paths:
  /widgets/{widgetKey}:
    get:
      operationId: getWidget
      parameters:
        - $ref: "../schemas.yaml#/components/parameters/WidgetKey"
      responses:
        "200":
          description: The widget.
          content:
            application/json:
              schema:
                type: object
                properties:
                  owner:
                    nullable: true
                    allOf:
                      - $ref: "../schemas.yaml#/components/schemas/Owner"
  /widgets/{widgetKey}/parts:
    get:
      operationId: getParts
      parameters:
        - $ref: "../schemas.yaml#/components/parameters/WidgetKey"
      responses:
        "200": { description: The parts. }
  /widgets:
    get:
      operationId: listOwners
      responses:
        "200":
          description: The owners.
          content:
            application/json:
              schema:
                type: object
                properties:
                  page:
                    type: object
                    properties:
                      owners:
                        type: array
                        items: { $ref: "../schemas.yaml#/components/schemas/Owner" }
`;
  const root = writeSpec('inlined', {
    root: ROOT.replace(
      'components:',
      '  /widgets/{widgetKey}/parts:\n    $ref: "paths/widgets.yaml#/paths/~1widgets~1{widgetKey}~1parts"\ncomponents:',
    ),
    widgets,
    schemas:
      'components:\n  parameters:\n    WidgetKey: { name: widgetKey, in: path, required: true, schema: { type: string } }\n  schemas:\n    Owner:\n      type: object\n      required: [email]\n      properties:\n        email: { type: string }\n',
  });
  const found = await fetchDocument(ctx, root);
  const raw = parseDocumentText(found.text, found.url);
  const refs = JSON.stringify(raw).match(/"\$ref":"[^"]*"/g) ?? [];
  expect(refs.length).toBeGreaterThan(0);
  expect(refs.filter((ref) => /[{}]/.test(ref))).toEqual([]);
  const doc = await loadLiveDocument(found.text, found.url);
  const validators = new SchemaValidators(doc);
  expect(validators.compileAll()).toBeGreaterThanOrEqual(2);
  const list = doc.operations.find((o) => o.key === 'listOwners')?.responses[0]?.contents[0]?.schemaPointer ?? '';
  expect(validators.validate(list, { page: { owners: [{ email: 'a@example.com' }] } }, 'response')).toEqual([]);
  expect(validators.validate(list, { page: { owners: [{}] } }, 'response')).not.toEqual([]);
});

test('a missing root file is one line naming it and the setting', async () => {
  const missing = dir.path('nowhere', 'openapi.yaml');
  expect(await usageError(fetchDocument(ctx, missing))).toBe(
    `the OpenAPI document file ${missing} does not exist — is WM_OPENAPI_URL right?`,
  );
});

test('a $ref to a file that does not exist is one line naming the referring file, the ref and the missing file', async () => {
  const root = writeSpec('missing-file', { widgets: WIDGETS.replace('"../schemas.yaml#', '"../schema.yaml#') });
  const message = await usageError(fetchDocument(ctx, root));
  expect(message).toContain(`${root}: the document cannot be bundled: `);
  expect(message).toContain(
    `${dir.path('missing-file', 'paths', 'widgets.yaml')}: $ref "../schema.yaml#/components/schemas/WidgetCreateRequest" at #/paths/~1widgets/post/requestBody/content/application~1json/schema: cannot read ${dir.path('missing-file', 'schema.yaml')}`,
  );
  expect(message).toContain('ENOENT');
});

test('broken YAML in any file is one line naming the file and the line', async () => {
  const root = writeSpec('broken', { schemas: SCHEMAS.replace('    WidgetResult:', '    WidgetResult: [unclosed') });
  const message = await usageError(fetchDocument(ctx, root));
  expect(message).toMatch(
    new RegExp(
      `^${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the document cannot be bundled: .*schemas\\.yaml: neither JSON nor valid YAML at line \\d+, column \\d+: `,
    ),
  );
});
