/**
 * Methods a path does not document (unsupported-method): for every documented path, each of
 * GET, PUT, POST, DELETE, PATCH it does not document, HEAD where it documents no GET, and
 * OPTIONS, sent with the full client and no body to the path filled with real ids — of
 * resources the test created (read-only mode: found by search) — and judged: 405 (OPTIONS:
 * also 2xx) with an Allow naming exactly the documented methods. With WM_READ_ONLY=true only
 * methods that change nothing are sent (GET, HEAD, OPTIONS); each other one is a skipped check
 * result saying why. Results are reported on the path's first operation in document order.
 *
 * Hub API v2: a literal path another documented template also matches (`/files/search` is
 * `/files/{fileKey}` with fileKey "search") has that template's methods too, as a Spring server
 * routes it: those methods are documented for the URL (the Allow it answers may name them) and are
 * not probed, each a skipped result saying why. (Web Modeler v1 keeps its probes: its servers
 * answer 405 there, and the v1 faults are measured so.)
 */
import { methodsToProbe, SAFE_METHODS, unsupportedMethod } from '../checks/methods/unsupported-method.ts';
import type { PlannedOperation, Role } from '../plan/classify.ts';
import { validRequestOf } from './negative.ts';
import { idPath } from './positive.ts';
import { pathParams } from '../api/operations.ts';
import { type World } from './world.ts';

/** Operations whose scenario makes the ids of their path, in the order they are tried. */
const ID_ROLES: readonly Role[] = [
  'get',
  'delete',
  'update',
  'restore',
  'compare',
  'remove',
  // Hub API v2: the trash's and the members' paths.
  'delete-permanently',
  'purge',
  'upsert',
];
const SINGLE_ID_KINDS: readonly string[] = ['workspace', 'project', 'folder', 'file', 'version'];

/** Real values for the path's parameters, made (or found) the way the path's own operations need them. */
async function pathValues(world: World, operations: readonly PlannedOperation[]): Promise<Record<string, string>> {
  const first = operations[0];
  if (first === undefined) return {};
  const names = pathParams(first);
  if (names.length === 0) return {};
  const candidates = [
    ...ID_ROLES.flatMap((role) => operations.filter((p) => p.role === role)),
    // Hub API v2: the other groups' paths (review requests, usages, environments) have their own requests.
    ...(world.hub ? operations.filter((p) => !ID_ROLES.includes(p.role)) : []),
  ];
  for (const p of candidates) {
    if (names.length === 1 && SINGLE_ID_KINDS.includes(p.kind)) return idPath(p, (await world.ensure(p.kind)).id);
    const target = await validRequestOf(world, p);
    if (target !== undefined && names.every((name) => target.path[name] !== undefined)) return { ...target.path };
  }
  return world.deps.skip(
    `no scenario knows how to make real values for ${names.map((n) => `{${n}}`).join(', ')} of ${first.op.path}`,
  );
}

const PARAM = /^\{[^}]+\}$/;

/** True when the template `other` also matches the literal segments of `path` (same length, its parameters over literals). */
export function overlaps(path: string, other: string): boolean {
  const a = path.split('/');
  const b = other.split('/');
  if (path === other || a.length !== b.length) return false;
  return a.every((segment, i) => {
    const theirs = b[i] ?? '';
    return segment === theirs || (PARAM.test(theirs) && !PARAM.test(segment));
  });
}

export async function runUnsupportedMethods(world: World, operations: readonly PlannedOperation[]): Promise<void> {
  const first = operations[0];
  if (first === undefined) return;
  if (operations.every((p) => world.outsideCore(p) !== null)) world.skipOutsideCore(first);
  const path = first.op.path;
  const own = operations.map((p) => p.op.method.toUpperCase());
  const shadows = world.hub
    ? world.deps.plan.filter((p) => overlaps(path, p.op.path) && !own.includes(p.op.method.toUpperCase()))
    : [];
  const documented = [...own, ...new Set(shadows.map((p) => p.op.method.toUpperCase()))];
  const recorder = world.api.recorder;
  for (const shadow of shadows) {
    recorder.skip(
      unsupportedMethod,
      first.op.key,
      `${shadow.op.method.toUpperCase()} ${path} is ${shadow.op.key} (${shadow.op.path}) with a literal value: a documented operation, not an unsupported method`,
      { case: `${shadow.op.method.toUpperCase()} ${path}` },
    );
  }
  const methods = methodsToProbe(documented);
  const sendable = world.deps.readOnly ? methods.filter((m) => SAFE_METHODS.includes(m)) : methods;
  for (const method of methods.filter((m) => !sendable.includes(m))) {
    recorder.skip(
      unsupportedMethod,
      first.op.key,
      `WM_READ_ONLY=true: ${method} is not sent — a target that served it anyway could change data`,
      { case: `${method} ${path}` },
    );
  }
  if (sendable.length === 0) return;
  const values = await pathValues(world, operations);
  for (const method of sendable) {
    const testCase = `${method} ${path}`;
    const res = await world.probe(first, method, { path: values, case: testCase });
    recorder.judge(
      unsupportedMethod,
      first.op.key,
      { answer: { method, path, status: res.status, allow: res.headers.allow }, documented },
      { case: testCase, exchange: res.record },
    );
  }
}
