/**
 * The upgrade rehearsal from 8.9 to 8.10 on v1 (v1-versions → v1-8.10, the committed baselines):
 * the 8.10 changes are additions only — the process-application path and its three operations,
 * `processApplicationId` on the folder and file DTOs (request and response), the project's
 * `content.processApplications` — so the gate's classifier reports INFO changes and nothing
 * breaking. (The deprecation of every operation is no change the classifier has a rule for: the
 * suite reports it from the live document.)
 */
import { expect, test } from '@playwright/test';
import { classify } from '../src/diff/classify-changes.ts';
import { baselineFileOf, readBaseline } from '../src/gate/baseline.ts';
import { subjectOf } from '../src/diff/format.ts';

test('v1-versions → v1-8.10: only INFO additions (the process-application operations, processApplicationId, content.processApplications)', () => {
  const changes = classify(
    readBaseline(baselineFileOf('v1-versions')),
    readBaseline(baselineFileOf('v1-8.10')),
  ).changes;
  const lines = [...new Set(changes.map((c) => `${c.severity} ${c.id} ${subjectOf(c)}`))].sort();
  expect(lines).toEqual(
    [
      'INFO api-path-added /api/v1/process-applications/{processApplicationId}',
      ...['getProcessApplication', 'patchProcessApplication', 'deleteProcessApplication'].map(
        (op) => `INFO endpoint-added ${op}`,
      ),
      ...['createFile', 'createFolder', 'patchFile', 'patchFolder', 'searchFiles'].map(
        (op) => `INFO new-optional-request-property ${op}`,
      ),
      ...[
        'createFile',
        'createFolder',
        'getFile',
        'getFolder',
        'getProject',
        'patchFile',
        'patchFolder',
        'searchFiles',
      ].map((op) => `INFO response-optional-property-added ${op}`),
    ].sort(),
  );
  const deprecated: unknown = readBaseline(baselineFileOf('v1-8.10')).paths;
  expect(JSON.stringify(deprecated).match(/"deprecated":true/g)).toHaveLength(28);
});
