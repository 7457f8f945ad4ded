/**
 * bundleDocument on a tiny split specification written to a temporary folder: a YAML root whose
 * path item lives in another YAML file, whose schema lives in a JSON file of a subfolder, read
 * from disk and over HTTP; the bundle holds no external $ref and every internal one resolves.
 * A dangling pointer is reported and kept; a missing file, broken YAML or an unreachable URL is
 * one UsageError line naming the file.
 */
import { createServer, type Server } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { UsageError } from '../core/errors.ts';
import { useTempDir } from '../../test/support/temp-dir.ts';
import { bundleDocument } from './bundle.ts';
import { resolvePointer } from './resolve.ts';
import { isJsonObject, type JsonValue } from '../core/json.ts';

const dir = useTempDir('wmct-bundle-');

const ROOT = `openapi: 3.0.3
info: { title: Split, version: "1" }
paths:
  /things/{thingKey}:
    $ref: "things.yaml#/paths/~1things~1{thingKey}"
`;

const THINGS = `paths:
  /things/{thingKey}:
    get:
      operationId: getThing
      parameters:
        - name: thingKey
          in: path
          required: true
          schema: { $ref: "#/components/schemas/ThingKey" }
      responses:
        "200":
          description: The thing.
          content:
            application/json:
              schema: { $ref: "schemas/thing.json#/Thing" }
        "404":
          $ref: "#/components/responses/NotFound"
    put:
      operationId: putThing
      requestBody:
        content:
          application/json:
            schema: { $ref: "schemas/thing.json#/Thing" }
      responses:
        "404":
          $ref: "#/components/responses/NotFound"
components:
  schemas:
    ThingKey: { type: string, format: ThingKey, x-semantic-type: ThingKey }
  responses:
    NotFound:
      description: No such thing.
`;

const THING = JSON.stringify({
  Thing: {
    type: 'object',
    required: ['thingKey'],
    properties: {
      thingKey: { type: 'string' },
      created: { type: 'string', format: 'date-time', example: '2025-03-15T10:30:00Z' },
    },
  },
});

function writeSpec(folder: string, root = ROOT): string {
  mkdirSync(dir.path(folder, 'schemas'), { recursive: true });
  dir.file(join(folder, 'root.yaml'), root);
  dir.file(join(folder, 'things.yaml'), THINGS);
  dir.file(join(folder, 'schemas', 'thing.json'), THING);
  return dir.path(folder, 'root.yaml');
}

function refsOf(value: JsonValue, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsOf(v, out));
  else if (isJsonObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') out.push(child);
      else refsOf(child, out);
    }
  }
  return out;
}

async function usageError(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected a UsageError');
}

function expectSelfContained(document: JsonValue): void {
  const refs = refsOf(document);
  expect(refs.length).toBeGreaterThan(0);
  expect(refs.filter((r) => !r.startsWith('#/'))).toEqual([]);
  expect(refs.filter((r) => resolvePointer(document, r) === undefined)).toEqual([]);
}

test('a root with relative $refs into other files (YAML and JSON, a subfolder) becomes one self-contained document', async () => {
  const { document, unresolved } = await bundleDocument(writeSpec('disk'));
  expect(unresolved).toEqual([]);
  expectSelfContained(document);
  const op = resolvePointer(document, '#/paths/~1things~1{thingKey}/get');
  expect(isJsonObject(op) ? op.operationId : undefined).toBe('getThing');
  const schema = resolvePointer(
    document,
    '#/paths/~1things~1{thingKey}/get/responses/200/content/application~1json/schema',
  );
  const target =
    isJsonObject(schema) && typeof schema.$ref === 'string' ? resolvePointer(document, schema.$ref) : schema;
  expect(target).toMatchObject({
    required: ['thingKey'],
    properties: { created: { example: '2025-03-15T10:30:00Z' } },
  });
});

test('a relative path is taken from the working folder', async () => {
  const root = writeSpec('relative');
  const { document } = await bundleDocument(relative(process.cwd(), root));
  expectSelfContained(document);
});

test('the same split specification is bundled from an http URL', async () => {
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
    const { document, unresolved } = await bundleDocument(`http://127.0.0.1:${port}/root.yaml`);
    expect(unresolved).toEqual([]);
    expectSelfContained(document);
    const missing = await usageError(bundleDocument(`http://127.0.0.1:${port}/nothing.yaml`));
    expect(missing).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/nothing\.yaml: the document cannot be bundled: .*404/);
    expect(missing).not.toContain('\n');
  } finally {
    await new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    });
  }
});

test('a pointer into an existing file that points at nothing is kept and reported; the rest is bundled', async () => {
  const root = writeSpec('dangling', `${ROOT}  /gone:\n    $ref: "things.yaml#/paths/~1gone"\n`);
  const { document, unresolved } = await bundleDocument(root);
  expect(unresolved).toEqual([
    `${dir.path('dangling', 'things.yaml')}: $ref #/paths/~1gone points at nothing (/gone does not exist)`,
  ]);
  expect(resolvePointer(document, '#/paths/~1gone')).toEqual({ $ref: 'things.yaml#/paths/~1gone' });
  expect(resolvePointer(document, '#/paths/~1things~1{thingKey}/get/operationId')).toBe('getThing');
});

test('a missing file, broken YAML and an unreachable URL are one UsageError line naming the source', async () => {
  const missingRoot = dir.path('nowhere.yaml');
  expect(await usageError(bundleDocument(missingRoot))).toMatch(
    new RegExp(
      `^${missingRoot.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the document cannot be bundled: cannot read .*ENOENT`,
    ),
  );
  const missingPart = writeSpec('missing-part', ROOT.replace('things.yaml', 'other.yaml'));
  expect(await usageError(bundleDocument(missingPart))).toMatch(
    /the document cannot be bundled: .*root\.yaml: \$ref "other\.yaml#\/paths\/~1things~1\{thingKey\}" at #\/paths\/~1things~1\{thingKey\}: cannot read .*other\.yaml/,
  );
  const broken = writeSpec('broken');
  dir.file(join('broken', 'things.yaml'), 'paths: [unclosed\n');
  const brokenMessage = await usageError(bundleDocument(broken));
  expect(brokenMessage).toMatch(/things\.yaml: neither JSON nor valid YAML at line \d+/);
  expect(brokenMessage).not.toContain('\n');
  expect(await usageError(bundleDocument('http://127.0.0.1:1/root.yaml', { timeoutMs: 2_000 }))).toMatch(
    /^http:\/\/127\.0\.0\.1:1\/root\.yaml: the document cannot be bundled: cannot read /,
  );
});
