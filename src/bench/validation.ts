/**
 * Per-response validation cost for the largest response the reference target gives: a project
 * holding 30 folders and 60 files (GET /projects/{id} with its content). Measures the document-
 * level check (ajv) and the strict reading over many repetitions; median and p99 in µs.
 */
import { startReferenceTarget } from '../../reference/target.ts';
import { strictIssues } from '../checks/strict/walk.ts';
import { loadLiveDocument } from '../document/index.ts';
import { SchemaValidators } from '../document/schemas.ts';
import { isJsonObject, type JsonValue } from '../core/json.ts';

export interface ValidationCost {
  readonly schema: string;
  readonly bytes: number;
  readonly iterations: number;
  readonly schemaMedianUs: number;
  readonly schemaP99Us: number;
  readonly strictMedianUs: number;
  readonly strictP99Us: number;
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function measure(iterations: number, work: () => void): number[] {
  for (let i = 0; i < 200; i++) work(); // warm-up: compiled code, JIT
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    work();
    samples.push((performance.now() - t) * 1000);
  }
  return samples.sort((a, b) => a - b);
}

async function largestResponse(): Promise<{ body: JsonValue; bytes: number; docText: string; path: string }> {
  const target = await startReferenceTarget();
  try {
    const token = await target.mintToken('full', 600);
    const call = async (method: string, path: string, body?: unknown): Promise<JsonValue> => {
      const res = await fetch(`${target.baseUrl}${target.apiPrefix}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const parsed: unknown = await res.json();
      return isJsonObject(parsed) ? parsed : null;
    };
    const project = await call('POST', '/projects', { name: 'bench project' });
    const projectId = isJsonObject(project) && typeof project.id === 'string' ? project.id : '';
    for (let i = 0; i < 30; i++) await call('POST', '/folders', { name: `folder ${i}`, projectId });
    for (let i = 0; i < 60; i++)
      await call('POST', '/files', { name: `file ${i}.bpmn`, projectId, fileType: 'bpmn', content: '<definitions/>' });
    const body = await call('GET', `/projects/${projectId}`);
    const docText = await (await fetch(target.openapiUrl)).text();
    return { body, bytes: JSON.stringify(body).length, docText, path: `${target.apiPrefix}/projects/{projectId}` };
  } finally {
    await target.stop();
  }
}

export async function validationCost(iterations = 3000): Promise<ValidationCost> {
  const { body, bytes, docText, path } = await largestResponse();
  const doc = await loadLiveDocument(docText, 'reference');
  const op = doc.operations.find((o) => o.method === 'get' && o.path === path);
  const pointer = op?.responses.find((r) => r.status === '200')?.contents[0]?.schemaPointer;
  if (pointer == null) throw new Error('no 200 schema for GET project');
  const validators = new SchemaValidators(doc);
  const schemaSamples = measure(iterations, () => validators.validate(pointer, body, 'response'));
  const strictSamples = measure(iterations, () => strictIssues(doc.raw, pointer, body));
  return {
    schema: `${op?.key ?? 'getProject'} 200 (project with 30 folders, 60 files)`,
    bytes,
    iterations,
    schemaMedianUs: quantile(schemaSamples, 0.5),
    schemaP99Us: quantile(schemaSamples, 0.99),
    strictMedianUs: quantile(strictSamples, 0.5),
    strictP99Us: quantile(strictSamples, 0.99),
  };
}
