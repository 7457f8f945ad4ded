/**
 * WM_OPENAPI_URL naming a local split specification, end to end through `npm run conformance`'s
 * CLI against the embedded target: a missing file, a `$ref` to a missing file and broken YAML
 * each stop the run with one `wm-conformance:` line and exit 2, no stack trace, no test run.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startConformance } from './support/standalone.ts';
import { useTempDir } from './support/temp-dir.ts';

const dir = useTempDir('wmct-document-source-');

const ROOT = `openapi: 3.0.3
info: { title: Split, version: "1" }
paths:
  /api/v1/info:
    $ref: "paths.yaml#/paths/~1api~1v1~1info"
`;
const PATHS = `paths:
  /api/v1/info:
    get:
      operationId: getInfo
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "schemas.yaml#/Info" }
`;

function spec(folder: string, paths: string): string {
  mkdirSync(dir.path(folder), { recursive: true });
  dir.file(join(folder, 'paths.yaml'), paths);
  return dir.file(join(folder, 'openapi.yaml'), ROOT);
}

async function refused(openapiUrl: string, line: RegExp): Promise<void> {
  const run = startConformance(null, [], { WM_OPENAPI_URL: openapiUrl });
  const { code } = await run.exited;
  const output = run.output();
  expect(code, output.slice(-3000)).toBe(2);
  expect(
    output.split('\n').filter((l) => line.test(l)),
    output.slice(-3000),
  ).toHaveLength(1);
  expect(output, 'no stack trace').not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(output, 'no test ran').not.toMatch(/\d+ (passed|failed)/);
}

test.describe.configure({ mode: 'parallel' });

test('a local document that does not exist', async () => {
  const missing = dir.path('nowhere.yaml');
  await refused(
    missing,
    new RegExp(`^wm-conformance: the OpenAPI document file ${missing} does not exist — is WM_OPENAPI_URL right\\?$`),
  );
});

test('a $ref to a file that does not exist names the file holding it and the ref', async () => {
  const root = spec('missing-ref', PATHS);
  await refused(
    root,
    /^wm-conformance: .*openapi\.yaml: the document cannot be bundled: .*paths\.yaml: \$ref "schemas\.yaml#\/Info" at #\/paths\/~1api~1v1~1info\/get\/responses\/200\/content\/application~1json\/schema: cannot read .*schemas\.yaml/,
  );
});

test('broken YAML in a file of the specification names the file and the line', async () => {
  const root = spec('broken', `${PATHS}  broken: [unclosed\n`);
  await refused(
    root,
    /^wm-conformance: .*openapi\.yaml: the document cannot be bundled: .*paths\.yaml: neither JSON nor valid YAML at line \d+, column \d+: /,
  );
});
