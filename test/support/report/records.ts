/**
 * Synthetic test records and run facts for the report's unit tests: a small v1 document
 * (projects and files), and builders for results, tests and attachments — no run needed.
 */
import type { TestRecord } from '../../../src/report/model/test-record.ts';
import type { RunFacts } from '../../../src/core/run-facts.ts';
import type { CheckFamily } from '../../../src/core/families.ts';
import type { CheckResult, ExchangeRecord } from '../../../src/core/check-result.ts';

export const FACTS: RunFacts = {
  runId: '20260101T000000-abc123',
  suiteVersion: '0.1.0',
  target: {
    baseUrl: 'https://modeler.example.com',
    openapiUrl: 'https://modeler.example.com/v3/api-docs',
    swaggerUiUrl: 'https://modeler.example.com/swagger-ui.html',
    embedded: false,
    faults: [],
  },
  document: {
    title: 'Web Modeler REST API',
    infoVersion: '41f4f56',
    openapi: '3.0.1',
    apiPrefix: '/api/v1',
    generation: 'v1',
    operations: [
      { key: 'getInfo', method: 'GET', path: '/api/v1/info', resource: 'info', statuses: ['200'] },
      {
        key: 'createProject',
        method: 'POST',
        path: '/api/v1/projects',
        resource: 'projects',
        statuses: ['200', '400', '4XX'],
      },
      {
        key: 'getProject',
        method: 'GET',
        path: '/api/v1/projects/{projectId}',
        resource: 'projects',
        statuses: ['200', '404', 'default'],
      },
      { key: 'getFile', method: 'GET', path: '/api/v1/files/{fileId}', resource: 'files', statuses: ['200', '404'] },
    ],
  },
  findings: [
    {
      code: 'error-without-schema',
      operation: 'getProject',
      pointer: '#/paths/~1api~1v1~1projects~1{projectId}/get/responses/404',
      message: 'the 404 answer has no schema',
    },
  ],
  knownDeviations: [
    {
      operationId: 'createProject',
      check: 'strict-no-extra',
      reason: 'internalId is returned (ticket WM-1)',
      link: 'https://jira.example.com/WM-1',
    },
    { operationId: '*', check: 'strict-uuid', reason: 'never happens any more' },
  ],
  baseline: 'schemas/baselines/v1.json',
  readOnly: false,
};

export const EXCHANGE: ExchangeRecord = {
  method: 'POST',
  url: 'https://modeler.example.com/api/v1/projects',
  requestHeaders: { authorization: 'Bearer [redacted]', 'content-type': 'application/json' },
  requestBody: '{"name":"wmct-x"}',
  status: 201,
  responseHeaders: { 'content-type': 'application/json' },
  responseBody: '{"id":"<script>alert(1)</script>"}',
  durationMs: 12,
  retries: 0,
  client: 'full',
};

export function result(
  check: string,
  family: CheckFamily,
  operation: string,
  outcome: CheckResult['outcome'],
  extra: Partial<CheckResult> = {},
): CheckResult {
  return {
    check,
    family,
    operation,
    outcome,
    message: outcome === 'pass' ? '1 response passed' : `${check} ${outcome}`,
    ...extra,
  };
}

export function record(title: string, extra: Partial<TestRecord> = {}): TestRecord {
  return {
    title,
    file: 'specs/contract.spec.ts',
    family: 'contract',
    operation: title.split(' ')[0] ?? '*',
    tags: ['@projects', '@contract'],
    status: 'passed',
    results: [],
    requests: 1,
    retries: 0,
    durationMs: 5,
    observed: {},
    ...extra,
  };
}

/** A run with a failure, a known deviation, a skipped test and a check-level skip. */
export function mixedRun(): TestRecord[] {
  return [
    record('getInfo · GET /api/v1/info · contract', {
      tags: ['@info', '@contract'],
      results: [
        result('schema', 'schema', 'getInfo', 'pass'),
        result('status-documented', 'status', 'getInfo', 'pass'),
      ],
      observed: { getInfo: [200] },
    }),
    record('createProject · POST /api/v1/projects · contract', {
      results: [
        result('success-status', 'status', 'createProject', 'fail', {
          expected: '200',
          actual: '201',
          exchange: EXCHANGE,
        }),
        result('strict-no-extra', 'strict', 'createProject', 'known-deviation', {
          reason: 'internalId is returned (ticket WM-1)',
          link: 'https://jira.example.com/WM-1',
        }),
        result('schema', 'schema', 'createProject', 'pass'),
      ],
      status: 'failed',
      error: 'failed checks: success-status',
      observed: { createProject: [201, 400] },
    }),
    record('getProject · GET /api/v1/projects/{projectId} · semantics', {
      family: 'semantics',
      results: [result('search-sort', 'semantics', 'getProject', 'skip', { reason: 'fewer than two items to sort' })],
      observed: { getProject: [200, 500] },
    }),
    record('getFile · GET /api/v1/files/{fileId} · contract', {
      tags: ['@files', '@contract'],
      status: 'skipped',
      skipReason: 'WM_READ_ONLY=true: no file to read',
      requests: 0,
    }),
  ];
}
