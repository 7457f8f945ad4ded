/**
 * Tests of `npm run diff`: exit codes 0/1/2, --fail-on, --format, the ignore file, documents
 * from YAML files and http URLs, and one-line errors for bad input. `main` is called directly;
 * one test spawns the command through tsx.
 */
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { stringify } from 'yaml';
import { useTempDir } from '../../test/support/temp-dir.ts';
import { STRING, object, responseDoc } from '../../test/support/rule-tests.ts';
import { main } from './diff.ts';
import type { JsonObject } from '../core/json.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const base = responseDoc(object({ id: STRING, name: STRING, note: STRING }, ['id']));
/** ERR: id (required) removed; WARN: note (optional) removed. */
const breaking = responseDoc(object({ name: STRING }));
/** WARN only: note removed. */
const warnOnly = responseDoc(object({ id: STRING, name: STRING }, ['id']));

const temp = useTempDir('wmct-diff-cli-');
const { file } = temp;
const json = (name: string, value: unknown): string => file(name, JSON.stringify(value));

interface Outcome {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

async function run(...argv: string[]): Promise<Outcome> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

function expectUsageError(outcome: Outcome, text: string): void {
  expect(outcome.code).toBe(2);
  expect(outcome.out).toBe('');
  expect(outcome.err).toMatch(/^wm-conformance: [^\n]+\n$/);
  expect(outcome.err).toContain(text);
}

test('exit 0 and "No changes." for the same document', async () => {
  const outcome = await run(json('a.json', base), json('b.json', base));
  expect(outcome).toEqual({
    code: 0,
    out: 'Breaking-change classification: 0 ERR, 0 WARN, 0 INFO\nNo changes.\n',
    err: '',
  });
});

test('exit 1 on a breaking change; WARN changes fail only with --fail-on WARN or INFO', async () => {
  const old = json('old.json', base);
  const broken = await run(old, json('breaking.json', breaking));
  expect(broken.code).toBe(1);
  expect(broken.out).toContain('response-required-property-removed');
  const warn = json('warn.json', warnOnly);
  expect((await run(old, warn)).code).toBe(0);
  expect((await run(old, warn, '--fail-on', 'WARN')).code).toBe(1);
  expect((await run(old, warn, '--fail-on=info')).code).toBe(1);
  expect((await run(old, json('same.json', base), '--fail-on', 'INFO')).code).toBe(0);
});

test('--format markdown and json', async () => {
  const old = json('old.json', base);
  const new_ = json('breaking.json', breaking);
  expect((await run(old, new_, '--format', 'markdown')).out).toContain(
    '### ERR (1)\n\n| rule | operation | location | change |',
  );
  const parsed: unknown = JSON.parse((await run(old, new_, '--format', 'json')).out);
  expect(parsed).toMatchObject({
    counts: { ERR: 1, WARN: 1, INFO: 0 },
    changes: [{ id: 'response-required-property-removed', operation: 'getThing' }, {}],
  });
});

test('--ignore accepts changes: what remains decides the exit code', async () => {
  const ignore = json('ignore.json', [
    { id: 'response-required-property-removed', operation: 'GET /things/{id}', reason: 'id moved to a header' },
  ]);
  const outcome = await run(json('old.json', base), json('breaking.json', breaking), '--ignore', ignore);
  expect(outcome.code).toBe(0);
  expect(outcome.out).toContain('Ignored (1)');
  expect(outcome.out).toContain('— id moved to a header');
});

test('YAML documents and http URLs are read', async () => {
  const server: Server = createServer((request, response) => {
    if (request.url === '/openapi.json')
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(breaking));
    else response.writeHead(404).end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  try {
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('the test server has no port');
    const url = `http://127.0.0.1:${address.port}`;
    const yamlFile = file('old.yaml', stringify(base));
    const outcome = await run(yamlFile, `${url}/openapi.json`);
    expect(outcome.code).toBe(1);
    expect(outcome.out).toContain('response-required-property-removed');
    expectUsageError(
      await run(yamlFile, `${url}/missing.json`),
      `the OpenAPI document URL ${url}/missing.json answered 404`,
    );
  } finally {
    await new Promise((done) => server.close(done));
  }
});

test('bad input is exit 2 with one line and no stack', async () => {
  const good = json('good.json', base);
  expectUsageError(await run(good), 'expected two documents (old and new), got 1');
  expectUsageError(await run(good, temp.path('missing.json')), `${temp.path('missing.json')} does not exist`);
  expectUsageError(
    await run(good, json('array.json', [1, 2])),
    'expected an OpenAPI document (an object), got an array',
  );
  expectUsageError(await run(good, json('plain.json', { hello: 'world' })), 'not an OpenAPI 3.x document');
  expectUsageError(
    await run(good, json('swagger.json', { swagger: '2.0', paths: {} })),
    'OpenAPI 2.0 (Swagger) documents are not supported',
  );
  expectUsageError(await run(good, file('broken.json', '{"openapi": "3.0.3", ')), 'broken.json');
  expectUsageError(
    await run(good, good, '--ignore', json('bad-ignore.json', [{ id: 'endpoint-added' }])),
    "is invalid: entry [0] must have required property 'operation'",
  );
  expectUsageError(await run(good, good, '--fail-on', 'FATAL'), '--fail-on must be one of ERR, WARN, INFO');
  expectUsageError(await run(good, good, '--format', 'html'), '--format must be one of text, markdown, json');
  expectUsageError(await run(good, good, '--colour'), "Unknown option '--colour'");
  const dangling: JsonObject = responseDoc({ $ref: '#/components/schemas/Nowhere' });
  expectUsageError(
    await run(good, json('dangling.json', dangling)),
    'cannot compare the documents: $ref "#/components/schemas/Nowhere" does not resolve',
  );
});

test('spawned through tsx: exit codes, output on stdout, one-line errors on stderr', () => {
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const script = join(ROOT, 'src', 'cli', 'diff.ts');
  const breakingRun = spawnSync(tsx, [script, json('s-old.json', base), json('s-new.json', breaking)], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(breakingRun.status).toBe(1);
  expect(breakingRun.stdout).toContain('ERR (1)');
  expect(breakingRun.stderr).toBe('');
  const badRun = spawnSync(tsx, [script, temp.path('nope.json'), temp.path('nope.json')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(badRun.status).toBe(2);
  expect(badRun.stderr).toMatch(/^wm-conformance: [^\n]+ does not exist\n$/);
});
