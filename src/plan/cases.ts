/**
 * The test plan: one Playwright test per operation and test family, titled with operationId,
 * method and path and tagged by resource and family, so `--grep @files` or
 * `--grep getProject` runs a slice.
 */
import type { PlannedOperation } from './classify.ts';
import type { TestFamily } from '../core/families.ts';

/** The test families are declared with the check families (src/core/families.ts). */
export type { TestFamily } from '../core/families.ts';

export interface PlannedTest {
  readonly family: TestFamily;
  readonly planned: PlannedOperation;
  readonly title: string;
  readonly tags: readonly string[];
  /** Playwright test details: tags, and the operation and family as annotations for the reporters. */
  readonly details: { tag: string[]; annotation: { type: string; description: string }[] };
}

export function testTitle(p: PlannedOperation, family: string): string {
  return `${p.op.key} · ${p.op.method.toUpperCase()} ${p.op.path} · ${family}`;
}

export function testTags(p: PlannedOperation, family: string): string[] {
  const resource = p.op.resource === '' ? 'root' : p.op.resource.replace(/[^A-Za-z0-9_-]/g, '-');
  return [`@${resource}`, `@${family}`];
}

export function plannedTests(
  plan: readonly PlannedOperation[],
  family: TestFamily,
  include: (p: PlannedOperation) => boolean = () => true,
): PlannedTest[] {
  return plan.filter(include).map((planned) => {
    const tags = testTags(planned, family);
    return {
      family,
      planned,
      title: testTitle(planned, family),
      tags,
      details: {
        tag: tags,
        annotation: [
          { type: 'operation', description: planned.op.key },
          { type: 'family', description: family },
        ],
      },
    };
  });
}

/** One test per documented path (the methods family): its operations in document order. */
export interface PlannedPathTest {
  readonly family: 'methods';
  readonly path: string;
  readonly operations: readonly PlannedOperation[];
  readonly title: string;
  readonly tags: readonly string[];
  /** Reported on the path's first operation (the matrix has a row per operation, not per path). */
  readonly details: PlannedTest['details'];
}

/** `getFile, patchFile, deleteFile · GET, PATCH, DELETE /api/v1/files/{fileId} · methods`, tagged by the first operation's resource. */
export function plannedPathTests(plan: readonly PlannedOperation[]): PlannedPathTest[] {
  const byPath = new Map<string, PlannedOperation[]>();
  for (const p of plan) byPath.set(p.op.path, [...(byPath.get(p.op.path) ?? []), p]);
  return [...byPath].flatMap(([path, operations]) => {
    const first = operations[0];
    if (first === undefined) return [];
    const tags = testTags(first, 'methods');
    const title = `${operations.map((p) => p.op.key).join(', ')} · ${operations.map((p) => p.op.method.toUpperCase()).join(', ')} ${path} · methods`;
    return [
      {
        family: 'methods',
        path,
        operations,
        title,
        tags,
        details: {
          tag: tags,
          annotation: [
            { type: 'operation', description: first.op.key },
            { type: 'family', description: 'methods' },
          ],
        },
      },
    ];
  });
}
