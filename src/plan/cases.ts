/**
 * The test plan: one Playwright test per operation and test family, titled with operationId,
 * method and path and tagged by resource and family, so `--grep @files` or
 * `--grep getProject` runs a slice.
 */
import type { PlannedOperation } from './classify.ts';

export type TestFamily = 'contract' | 'semantics' | 'negative' | 'auth' | 'permission' | 'info';

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

export function plannedTests(plan: readonly PlannedOperation[], family: TestFamily, include: (p: PlannedOperation) => boolean = () => true): PlannedTest[] {
  return plan.filter(include).map((planned) => {
    const tags = testTags(planned, family);
    return {
      family,
      planned,
      title: testTitle(planned, family),
      tags,
      details: { tag: tags, annotation: [{ type: 'operation', description: planned.op.key }, { type: 'family', description: family }] },
    };
  });
}
