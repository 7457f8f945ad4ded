/**
 * writeCompliance passes both files through redaction once more, text by text: a secret that
 * reached the model (a check message, an exchange, a key, the run facts) is in neither
 * compliance.json nor the page, and the JSON is still JSON.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXCHANGE, FACTS, record, result } from '../../../test/support/report/records.ts';
import { registerSecret } from '../../core/redact.ts';
import { buildReportModel } from '../model/model.ts';
import { writeCompliance } from './compliance-reporter.ts';

test('a secret in the model reaches neither compliance.json nor the page', () => {
  const secret = 'wmct-secret-3f9a1c77b2e04d5e';
  registerSecret(secret);
  const model = buildReportModel({
    tests: [
      record(`getProject · GET /api/v1/projects/{projectId} · contract ${secret}`, {
        results: [
          result('schema', 'schema', 'getProject', 'fail', {
            message: `/name must be string, got "Bearer ${secret}"`,
            exchange: { ...EXCHANGE, responseBody: JSON.stringify({ echoed: `Bearer ${secret}` }) },
          }),
        ],
      }),
    ],
    facts: { ...FACTS, target: { ...FACTS.target, baseUrl: `https://modeler.example.com/${secret}` } },
    checks: [{ id: 'schema', family: 'schema', title: 'schema' }],
    run: { status: 'failed', startTime: '2026-01-01T10:00:00.000Z', durationMs: 1_000 },
  });
  expect(JSON.stringify(model)).toContain(secret);
  const dir = mkdtempSync(join(tmpdir(), 'wmct-compliance-redaction-'));
  writeCompliance(model, dir);
  const json = readFileSync(join(dir, 'compliance.json'), 'utf8');
  const page = readFileSync(join(dir, 'index.html'), 'utf8');
  for (const written of [json, page]) {
    expect(written).not.toContain(secret);
    expect(written).toContain('[redacted]');
  }
  expect(() => {
    JSON.parse(json);
  }).not.toThrow();
});
