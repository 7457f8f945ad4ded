/**
 * Test helpers for the rule tests: builders of tiny OpenAPI documents (one operation each) and
 * `describeRule`, which declares a rule's Playwright tests from a table of cases — documents
 * that must yield exactly the listed changes, and documents that must yield none.
 */
import { expect, test } from '@playwright/test';
import { buildContext } from '../../src/diff/context.ts';
import type { Change, Rule } from '../../src/diff/types.ts';
import type { JsonObject, JsonValue } from '../../src/core/json.ts';
import type { Severity } from '../../src/core/severity.ts';

export const STRING: JsonObject = { type: 'string' };
export const INTEGER: JsonObject = { type: 'integer' };

export function doc(paths: JsonObject, extra: JsonObject = {}): JsonObject {
  return { openapi: '3.0.3', info: { title: 'tiny', version: '1' }, paths, ...extra };
}

export function object(properties: Readonly<Record<string, JsonValue>>, required: readonly string[] = []): JsonObject {
  return required.length === 0
    ? { type: 'object', properties: { ...properties } }
    : { type: 'object', properties: { ...properties }, required: [...required] };
}

export function jsonContent(schema: JsonValue): JsonObject {
  return { content: { 'application/json': { schema } } };
}

export interface OperationParts {
  readonly id?: string;
  readonly parameters?: readonly JsonValue[];
  readonly requestBody?: JsonObject;
  readonly responses?: JsonObject;
  readonly security?: JsonValue;
  readonly deprecated?: boolean;
}

export function operation(parts: OperationParts = {}): JsonObject {
  const op: JsonObject = { responses: parts.responses ?? { '200': { description: 'OK' } } };
  if (parts.id !== undefined) op.operationId = parts.id;
  if (parts.parameters !== undefined) op.parameters = [...parts.parameters];
  if (parts.requestBody !== undefined) op.requestBody = parts.requestBody;
  if (parts.security !== undefined) op.security = parts.security;
  if (parts.deprecated !== undefined) op.deprecated = parts.deprecated;
  return op;
}

export function param(
  location: string,
  name: string,
  schema: JsonValue = STRING,
  required = location === 'path',
): JsonObject {
  return { name, in: location, required, schema };
}

/** GET /things/{id} (getThing), answering 200 application/json with `schema`. */
export function responseDoc(schema: JsonValue, extra: JsonObject = {}): JsonObject {
  const responses = { '200': { description: 'OK', ...jsonContent(schema) } };
  return doc(
    { '/things/{id}': { get: operation({ id: 'getThing', parameters: [param('path', 'id')], responses }) } },
    extra,
  );
}

/** POST /things (createThing), taking a required application/json body of `schema`. */
export function requestDoc(schema: JsonValue, extra: JsonObject = {}): JsonObject {
  return doc(
    { '/things': { post: operation({ id: 'createThing', requestBody: { required: true, ...jsonContent(schema) } }) } },
    extra,
  );
}

/** GET /things (listThings), taking `parameters`. */
export function parameterDoc(...parameters: JsonObject[]): JsonObject {
  return doc({ '/things': { get: operation({ id: 'listThings', parameters }) } });
}

export function run(rule: Rule, oldDoc: JsonObject, newDoc: JsonObject): Change[] {
  return rule.check(buildContext(oldDoc, newDoc));
}

/** "operation location" for each change (the operation as "-" when document-wide). */
export function brief(changes: readonly Change[]): string[] {
  return changes.map((change) => `${change.operation ?? '-'} ${change.location}`);
}

export interface ReportCase {
  readonly title: string;
  readonly old: JsonObject;
  readonly new: JsonObject;
  /** The changes expected, as `brief` writes them, in the rule's order. */
  readonly expect: readonly string[];
  /** Texts each message must contain (in change order), when the message matters. */
  readonly messages?: readonly string[];
}

export interface QuietCase {
  readonly title: string;
  readonly old: JsonObject;
  readonly new: JsonObject;
}

export interface RuleCases {
  /** oasdiff's severity for the rule (or the project's, for invented rules). */
  readonly severity: Severity;
  readonly reports: readonly ReportCase[];
  readonly quiet: readonly QuietCase[];
}

function checkReport(rule: Rule, item: ReportCase): void {
  const changes = run(rule, item.old, item.new);
  expect(brief(changes)).toEqual(item.expect);
  for (const change of changes) {
    expect(change.id).toBe(rule.id);
    expect(change.severity).toBe(rule.severity);
    expect(change.message, 'every placeholder is filled').not.toMatch(/\{\w+\}/);
  }
  (item.messages ?? []).forEach((text, index) => {
    expect(changes[index]?.message).toContain(text);
  });
}

/** Declares the tests of one rule. */
export function describeRule(rule: Rule, cases: RuleCases): void {
  test.describe(`rule ${rule.id}`, () => {
    test(`is ${cases.severity}`, () => {
      expect(rule.severity).toBe(cases.severity);
      expect(rule.description.length).toBeGreaterThan(0);
    });
    for (const item of cases.reports)
      test(`reports: ${item.title}`, () => {
        checkReport(rule, item);
      });
    for (const item of cases.quiet)
      test(`no change: ${item.title}`, () => {
        expect(brief(run(rule, item.old, item.new))).toEqual([]);
      });
  });
}

export const BEARER: JsonObject = { Bearer: [] };
export const API_KEY: JsonObject = { ApiKey: [] };

export function oauth(...scopes: string[]): JsonObject {
  return { OAuth: scopes };
}

/** GET /things (getThing) with the operation's own `security` and the document's (each left out when undefined). */
export function securityDoc(security: readonly JsonValue[] | undefined, global?: readonly JsonValue[]): JsonObject {
  const op = operation({ id: 'getThing', ...(security === undefined ? {} : { security: [...security] }) });
  return doc({ '/things': { get: op } }, global === undefined ? {} : { security: [...global] });
}
