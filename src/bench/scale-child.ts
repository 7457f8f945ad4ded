/**
 * One scaling measurement in a fresh process (so memory is this document's alone): generate a
 * synthetic document of N operations, validate and model it, plan its tests (collection), and
 * compile every schema. Prints one JSON line.
 */
import { validateDocument } from '../document/validate.ts';
import { buildDocumentModel } from '../document/model.ts';
import { SchemaValidators } from '../document/schemas.ts';
import { classifyAll } from '../plan/classify.ts';
import { plannedTests, type TestFamily } from '../plan/cases.ts';
import { syntheticDocument } from './synthetic.ts';

const operations = Number(process.argv[2] ?? '25');
const FAMILIES: readonly TestFamily[] = ['contract', 'semantics', 'negative', 'auth', 'permission'];

const heapBefore = process.memoryUsage().heapUsed;
const raw = syntheticDocument(operations);
let t = performance.now();
const { openapi, version } = await validateDocument(raw, 'synthetic');
const validateMs = performance.now() - t;
t = performance.now();
const doc = buildDocumentModel(raw, openapi, version);
const plan = classifyAll(doc);
const tests = FAMILIES.reduce((n, family) => n + plannedTests(plan, family).length, 0);
const collectMs = performance.now() - t;
t = performance.now();
const schemas = new SchemaValidators(doc).compileAll();
const compileMs = performance.now() - t;
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
process.stdout.write(
  `${JSON.stringify({ operations: doc.operations.length, tests, schemas, validateMs, collectMs, compileMs, heapMb, rssMb: process.memoryUsage().rss / 1024 / 1024 })}\n`,
);
