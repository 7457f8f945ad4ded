/** Tests for plan-file.ts: the plan the global setup writes is the plan every process reads back; a file that does not fit the document is an error. */
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JsonObject } from '../core/json.ts';
import { buildDocumentModel } from '../document/model.ts';
import { classifyAll } from './classify.ts';
import { readPlanFile, writePlanFile } from './plan-file.ts';

const OK: JsonObject = { responses: { '200': { description: 'OK' } } };
const DOC = buildDocumentModel(
  {
    openapi: '3.0.1',
    info: { title: 'Web Modeler', version: 'test' },
    paths: {
      '/api/v1/info': { get: { operationId: 'getInfo', ...OK } },
      '/api/v1/projects': { post: { operationId: 'createProject', ...OK } },
      '/api/v1/projects/{projectId}': {
        get: { operationId: 'getProject', ...OK },
        delete: { operationId: 'deleteProject', ...OK },
      },
      '/api/v1/odd/thing': { put: { operationId: 'oddThing', ...OK } },
    },
  },
  '3.0.1',
  '3.0',
);

function inTempDir(use: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'wmct-plan-'));
  try {
    use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the plan read back is the plan written, overrides included', () => {
  inTempDir((dir) => {
    const plan = classifyAll(DOC, { getProject: 'update' });
    writePlanFile(join(dir, 'plan.json'), plan);
    expect(readPlanFile(join(dir, 'plan.json'), DOC)).toEqual(plan);
  });
});

test('a plan file that does not fit the document is an error naming the file and the operation', () => {
  inTempDir((dir) => {
    const file = join(dir, 'plan.json');
    writePlanFile(file, classifyAll(DOC).slice(1));
    expect(() => readPlanFile(file, DOC)).toThrow(`${file}: no plan entry for getInfo`);
    writeFileSync(
      file,
      JSON.stringify(
        classifyAll(DOC).map(({ op, kind, role, permission, mutating }) => ({
          key: op.key,
          kind,
          role: op.key === 'oddThing' ? 'juggle' : role,
          permission,
          mutating,
        })),
      ),
    );
    expect(() => readPlanFile(file, DOC)).toThrow(`${file}: the plan entry of oddThing is malformed`);
    writeFileSync(
      file,
      JSON.stringify([
        ...classifyAll(DOC).map(({ op, kind, role, permission, mutating }) => ({
          key: op.key,
          kind,
          role,
          permission,
          mutating,
        })),
        { key: 'extra' },
      ]),
    );
    expect(() => readPlanFile(file, DOC)).toThrow(`${file}: 6 plan entries for 5 operations`);
  });
});
