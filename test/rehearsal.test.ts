/**
 * The upgrade rehearsal: the gate's classifier from one generation of the reference target to the
 * next — beta → v1 (the prefix moves: every beta path removed, every v1 path added) and v1 →
 * v1-versions (milestones removed, versions added) — must report exactly the listed changes per
 * severity, and each generation against itself none. The committed baselines must be exactly
 * what the target serves (so they cannot drift), and the published document of the real product
 * (../shared/reference, when present) against itself is no change.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { PROJECT_ROOT } from '../src/config/load.ts';
import { classify } from '../src/diff/classify-changes.ts';
import { parseDocumentText } from '../src/document/parse.ts';
import type { JsonObject } from '../src/core/json.ts';
import { baselineFileOf, readBaseline } from '../src/gate/baseline.ts';
import { subjectOf } from '../src/diff/format.ts';
import { baselineText } from '../src/gate/update.ts';
import { startReferenceTarget } from '../reference/target.ts';
import { GENERATIONS, type Generation } from '../src/core/domain.ts';

const PUBLISHED = resolve(PROJECT_ROOT, '..', 'shared', 'reference', 'web-modeler-v1-openapi-41f4f56.json');

/** Operations every generation has (by operationId). */
const COMMON_OPERATIONS = [
  'getInfo',
  'createProject',
  'getProject',
  'updateProject',
  'deleteProject',
  'searchProjects',
  'createFolder',
  'getFolder',
  'patchFolder',
  'deleteFolder',
  'createFile',
  'getFile',
  'patchFile',
  'deleteFile',
  'searchFiles',
  'modifyCollaborator',
  'searchCollaborators',
  'deleteCollaborator',
];
const MILESTONE_OPERATIONS = [
  'createMilestone',
  'getMilestone',
  'patchMilestone',
  'deleteMilestone',
  'searchMilestones',
  'restoreMilestone',
  'compareMilestones',
];
const VERSION_OPERATIONS = [
  'createVersion',
  'getVersion',
  'patchVersion',
  'deleteVersion',
  'searchVersions',
  'restoreVersion',
  'compareVersions',
];

const COMMON_PATHS = [
  '/info',
  '/projects',
  '/projects/{projectId}',
  '/projects/search',
  '/folders',
  '/folders/{folderId}',
  '/files',
  '/files/{fileId}',
  '/files/search',
  '/collaborators',
  '/collaborators/search',
  '/projects/{projectId}/collaborators/{email}',
];
const MILESTONE_PATHS = [
  '/milestones',
  '/milestones/{milestoneId}',
  '/milestones/search',
  '/milestones/{milestoneId}/restore',
  '/milestones/compare/{milestone1Id}...{milestone2Id}',
];
const VERSION_PATHS = [
  '/versions',
  '/versions/{versionId}',
  '/versions/search',
  '/versions/{versionId}/restore',
  '/versions/compare/{version1Id}...{version2Id}',
];

/** "SEVERITY rule-id subject" lines, sorted: the exact set a rehearsal must report. */
function lines(severity: string, rule: string, subjects: readonly string[]): string[] {
  return subjects.map((subject) => `${severity} ${rule} ${subject}`);
}

function reported(oldDoc: JsonObject, newDoc: JsonObject): string[] {
  return classify(oldDoc, newDoc)
    .changes.map((change) => `${change.severity} ${change.id} ${subjectOf(change)}`)
    .sort();
}

const committed = (generation: Generation): JsonObject => readBaseline(baselineFileOf(generation));

test('beta → v1: every beta path removed (ERR), every v1 path and operation added (INFO), nothing else', () => {
  const operations = [...COMMON_OPERATIONS, ...MILESTONE_OPERATIONS];
  const expected = [
    ...lines('ERR', 'api-path-removed-without-deprecation', operations),
    ...lines(
      'INFO',
      'api-path-added',
      [...COMMON_PATHS, ...MILESTONE_PATHS].map((p) => `/api/v1${p}`),
    ),
    ...lines('INFO', 'endpoint-added', operations),
  ];
  expect(reported(committed('beta'), committed('v1'))).toEqual(expected.sort());
});

test('v1 → v1-versions: every /milestones operation removed (ERR), the /versions ones added (INFO), nothing else', () => {
  const expected = [
    ...lines('ERR', 'api-path-removed-without-deprecation', MILESTONE_OPERATIONS),
    ...lines(
      'INFO',
      'api-path-added',
      VERSION_PATHS.map((p) => `/api/v1${p}`),
    ),
    ...lines('INFO', 'endpoint-added', VERSION_OPERATIONS),
  ];
  expect(reported(committed('v1'), committed('v1-versions'))).toEqual(expected.sort());
});

for (const generation of GENERATIONS) {
  test(`${generation}: the committed baseline is what the reference target serves, and against itself reports no change`, async () => {
    const target = await startReferenceTarget({ generation });
    let servedText: string;
    try {
      servedText = await (await fetch(target.openapiUrl)).text();
    } finally {
      await target.stop();
    }
    const served = parseDocumentText(servedText, target.openapiUrl);
    expect(
      readFileSync(baselineFileOf(generation), 'utf8'),
      `schemas/baselines/${generation}.json is stale: npm run baseline:update with WM_REFERENCE_GENERATION=${generation}`,
    ).toBe(baselineText(served));
    expect(reported(committed(generation), served)).toEqual([]);
  });
}

test('the published document of the product against itself: no change', () => {
  test.skip(
    !existsSync(PUBLISHED),
    `${PUBLISHED} is absent (the shared reference folder sits beside the project only on the build machine)`,
  );
  const published = parseDocumentText(readFileSync(PUBLISHED, 'utf8'), PUBLISHED);
  expect(reported(published, structuredClone(published))).toEqual([]);
});
