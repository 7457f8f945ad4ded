/**
 * What every rule reads: the two documents, their operations paired by method and normalized
 * path (plus those only one side has), the paths only one side has, and the schema positions of
 * each paired operation walked side by side — parameters (paired by `in` + name), request bodies
 * and responses (paired by status, then media type).
 */
import type { JsonObject } from '../core/json.ts';
import {
  collectOperations,
  collectPaths,
  contentOf,
  requestBodyOf,
  responsesOf,
  type OperationSide,
} from './operations.ts';
import { diffParameters } from './parameters.ts';
import type { Direction, WalkNode } from './walk-schema-pair.ts';
import { walkSchemas } from './walk-schema-pair.ts';
import { EMPTY_VIEW, viewSchema } from './schema.ts';
import { readsImplicitRequired } from './implicit-required.ts';

export interface OperationPair {
  readonly old: OperationSide;
  readonly new: OperationSide;
}

export interface SchemaNode extends WalkNode {
  readonly pair: OperationPair;
  readonly direction: Direction;
  /** "request body application/json", "response 200 application/json", "query parameter size". */
  readonly where: string;
  readonly status: string | null;
  readonly mediaType: string | null;
  /** Set for a parameter's schema (the root only: parameters are not walked into). */
  readonly parameter: { readonly in: string; readonly name: string } | null;
}

export interface DiffContext {
  readonly oldDoc: JsonObject;
  readonly newDoc: JsonObject;
  readonly paired: readonly OperationPair[];
  readonly added: readonly OperationSide[];
  readonly removed: readonly OperationSide[];
  /** Paths (as written) whose normalized form the other document lacks. */
  readonly addedPaths: readonly string[];
  readonly removedPaths: readonly string[];
  readonly nodes: readonly SchemaNode[];
  /** Response properties were read as required (the option was on and the baseline declares no `required` in its responses). */
  readonly implicitRequired: boolean;
}

export interface ContextOptions {
  /**
   * Read documented response properties as required when the old document (the baseline)
   * declares no `required` in any response schema (implicit-required.ts). Default: off, the
   * documents are read as written.
   */
  readonly implicitRequired?: boolean;
}

export function buildContext(oldDoc: JsonObject, newDoc: JsonObject, options: ContextOptions = {}): DiffContext {
  const oldOperations = collectOperations(oldDoc);
  const newOperations = collectOperations(newDoc);
  const paired: OperationPair[] = [];
  for (const [key, old] of oldOperations) {
    const new_ = newOperations.get(key);
    if (new_ !== undefined) paired.push({ old, new: new_ });
  }
  const oldPaths = collectPaths(oldDoc);
  const newPaths = collectPaths(newDoc);
  const implicitRequired = readsImplicitRequired(oldDoc, options.implicitRequired === true);
  return {
    oldDoc,
    newDoc,
    paired,
    added: [...newOperations].filter(([key]) => !oldOperations.has(key)).map(([, side]) => side),
    removed: [...oldOperations].filter(([key]) => !newOperations.has(key)).map(([, side]) => side),
    addedPaths: [...newPaths].filter(([key]) => !oldPaths.has(key)).map(([, path]) => path),
    removedPaths: [...oldPaths].filter(([key]) => !newPaths.has(key)).map(([, path]) => path),
    nodes: paired.flatMap((pair) => schemaNodesOf(pair, implicitRequired)),
    implicitRequired,
  };
}

function schemaNodesOf(pair: OperationPair, implicitRequired: boolean): SchemaNode[] {
  return [...parameterNodes(pair), ...requestBodyNodes(pair), ...responseNodes(pair, implicitRequired)];
}

function parameterNodes(pair: OperationPair): SchemaNode[] {
  return diffParameters(pair.old, pair.new).paired.map((parameters) => ({
    pair,
    direction: 'request',
    where: `${parameters.new.in} parameter ${parameters.new.name}`,
    status: null,
    mediaType: null,
    parameter: { in: parameters.new.in, name: parameters.new.name },
    role: 'root',
    path: '',
    old: viewSchema(pair.old.root, parameters.old.schema) ?? EMPTY_VIEW,
    new: viewSchema(pair.new.root, parameters.new.schema) ?? EMPTY_VIEW,
    oldRequired: parameters.old.required,
    newRequired: parameters.new.required,
    newParentStrict: false,
  }));
}

interface BodySite {
  readonly where: string;
  readonly status: string | null;
  readonly direction: Direction;
  readonly old: JsonObject;
  readonly new: JsonObject;
  /** Read every documented property below as required. */
  readonly implicitRequired: boolean;
}

function requestBodyNodes(pair: OperationPair): SchemaNode[] {
  const old = requestBodyOf(pair.old);
  const new_ = requestBodyOf(pair.new);
  if (old === undefined || new_ === undefined) return [];
  return contentNodes(pair, {
    where: 'request body',
    status: null,
    direction: 'request',
    old,
    new: new_,
    implicitRequired: false,
  });
}

function responseNodes(pair: OperationPair, implicitRequired: boolean): SchemaNode[] {
  const newResponses = responsesOf(pair.new);
  const nodes: SchemaNode[] = [];
  for (const [status, old] of responsesOf(pair.old)) {
    const new_ = newResponses.get(status);
    if (new_ === undefined) continue;
    nodes.push(
      ...contentNodes(pair, {
        where: `response ${status}`,
        status,
        direction: 'response',
        old,
        new: new_,
        implicitRequired,
      }),
    );
  }
  return nodes;
}

function contentNodes(pair: OperationPair, site: BodySite): SchemaNode[] {
  const newContent = contentOf(site.new);
  const nodes: SchemaNode[] = [];
  for (const [mediaType, old] of contentOf(site.old)) {
    const new_ = newContent.get(mediaType);
    if (new_ === undefined || old.schema === undefined || new_.schema === undefined) continue;
    const walked = walkSchemas({
      oldRoot: pair.old.root,
      newRoot: pair.new.root,
      oldSchema: old.schema,
      newSchema: new_.schema,
      direction: site.direction,
      implicitRequired: site.implicitRequired,
    });
    const where = `${site.where} ${mediaType}`;
    for (const node of walked)
      nodes.push({ ...node, pair, direction: site.direction, where, status: site.status, mediaType, parameter: null });
  }
  return nodes;
}
