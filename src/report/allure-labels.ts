/**
 * Allure labels and links of a test, through allure-playwright's runtime API (allure-js-commons):
 * epic = API generation, feature = resource, story = operationId, tag = each check family that
 * produced a result, severity by test family, and a link to the operation in the target's
 * Swagger UI. Applied by an auto fixture at the end of every test, so the specs stay thin; only
 * when Allure results (or a blob to merge them from) are written.
 */
import type { TestInfo } from '@playwright/test';
import { labels, links } from 'allure-js-commons';
import { shownUrl } from '../core/redact.ts';
import { isJsonObject } from '../core/json.ts';
import { generationOf } from '../run/facts.ts';
import { currentSuite } from '../run/suite.ts';
import { CHECKS_ATTACHMENT } from './attachments.ts';
import { reportSwitches } from './reporters.ts';

export interface AllureLabel {
  readonly name: string;
  readonly value: string;
}

export interface AllureLink {
  readonly url: string;
  readonly name: string;
  readonly type: string;
}

export interface AllureMetaInput {
  readonly generation: string;
  /** Test family (annotation `family`), e.g. contract, auth. */
  readonly family: string;
  readonly operation: { readonly key: string; readonly operationId: string | null; readonly resource: string; readonly tags: readonly string[] } | null;
  readonly swaggerUiUrl: string;
  /** Check families that produced a result in the test. */
  readonly checkFamilies: readonly string[];
  /** The test's Playwright tags (allure-playwright already makes each a tag label). */
  readonly testTags: readonly string[];
}

const SEVERITY: Readonly<Record<string, string>> = {
  breaking: 'blocker',
  auth: 'critical',
  permission: 'critical',
  contract: 'normal',
  semantics: 'normal',
  info: 'normal',
  negative: 'minor',
  document: 'minor',
};

/** Swagger UI's deep link to an operation: `#/<tag>/<operationId>` (untagged operations sit under "default"). */
export function swaggerLink(swaggerUiUrl: string, tag: string | undefined, operationId: string): string {
  const section = (tag ?? 'default').replace(/\s/g, '_');
  return `${shownUrl(swaggerUiUrl)}#/${encodeURIComponent(section)}/${encodeURIComponent(operationId)}`;
}

export function allureMeta(input: AllureMetaInput): { labels: AllureLabel[]; links: AllureLink[] } {
  const op = input.operation;
  const out: AllureLabel[] = [
    { name: 'epic', value: input.generation },
    { name: 'feature', value: op === null ? input.family : op.resource === '' ? 'root' : op.resource },
    { name: 'severity', value: SEVERITY[input.family] ?? 'normal' },
    ...(op === null ? [] : [{ name: 'story', value: op.key }]),
    ...input.checkFamilies.filter((f) => !input.testTags.includes(`@${f}`)).map((f) => ({ name: 'tag', value: f })),
  ];
  const operationId = op?.operationId ?? null;
  const link = op === null || operationId === null ? [] : [{ url: swaggerLink(input.swaggerUiUrl, op.tags[0], operationId), name: `Swagger UI: ${operationId}`, type: 'link' }];
  return { labels: out, links: link };
}

/** The check families of the test's `wmct-checks` attachment. */
function checkFamiliesOf(testInfo: TestInfo): string[] {
  const body = testInfo.attachments.find((a) => a.name === CHECKS_ATTACHMENT)?.body;
  if (body === undefined) return [];
  const parsed: unknown = JSON.parse(body.toString('utf8'));
  const results: unknown[] = isJsonObject(parsed) && Array.isArray(parsed.results) ? parsed.results : [];
  return [...new Set(results.flatMap((r) => (isJsonObject(r) && typeof r.family === 'string' ? [r.family] : [])))].sort();
}

function annotation(testInfo: TestInfo, type: string): string | undefined {
  return testInfo.annotations.find((a) => a.type === type)?.description;
}

/** Whether the run writes Allure results or a blob report (from which merged Allure results come). */
export function allureLabelsWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  const switches = reportSwitches(env);
  return switches.allure || switches.blob;
}

export async function applyAllureLabels(testInfo: TestInfo): Promise<void> {
  const suite = currentSuite();
  const key = annotation(testInfo, 'operation');
  const op = key === undefined ? undefined : suite.doc.operations.find((o) => o.key === key);
  const meta = allureMeta({
    generation: generationOf(suite),
    family: annotation(testInfo, 'family') ?? testInfo.tags[0]?.replace(/^@/, '') ?? 'other',
    operation: op === undefined ? null : { key: op.key, operationId: op.operationId, resource: op.resource, tags: op.tags },
    swaggerUiUrl: suite.context.target.swaggerUiUrl,
    checkFamilies: checkFamiliesOf(testInfo),
    testTags: testInfo.tags,
  });
  await labels(...meta.labels);
  if (meta.links.length > 0) await links(...meta.links);
}
