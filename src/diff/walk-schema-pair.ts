/**
 * Walks two schemas side by side — the old document's and the new one's at the same place —
 * and lists every position: the root, each property (union of both sides' names, recursing
 * where both sides have it) and array items. `$ref`s are followed lazily; a position whose
 * pair of `$ref` targets is already being walked further up is not walked again, which stops
 * recursive schemas. Where the type changed beyond widening or narrowing, the walk stops (the
 * type change is the finding; listing every sub-property as removed would be noise). Properties that are readOnly (in requests) or writeOnly (in responses) on
 * every side that has them are left out, as they do not travel in that direction. The `oneOf`
 * alternatives both sides have (paired by key — a `$ref`'s schema name, else a title, else the
 * alternative's JSON —, then by kind; `pairAlternatives` in schema.ts) are walked too, as positions
 * "<path>(<key>)", so a change inside an alternative (an operator object's property removed, its
 * type narrowed) is found by the same rules as anywhere else; the alternatives added or removed
 * are the oneOf rules' findings.
 * Hand-written: no library walks two JSON Schemas in parallel.
 */
import type { JsonObject, JsonValue } from '../core/json.ts';
import {
  compareTypes,
  EMPTY_VIEW,
  pairAlternatives,
  propertiesOf,
  requiredNames,
  viewSchema,
  type SchemaView,
} from './schema.ts';

export type Direction = 'request' | 'response';
export type NodeRole = 'root' | 'property' | 'items' | 'alternative';

export interface WalkNode {
  readonly role: NodeRole;
  /** "" for the root, "/metadata/revision" for a property, "/tags[]" for array items. */
  readonly path: string;
  readonly old: SchemaView | undefined;
  readonly new: SchemaView | undefined;
  /** The property is in its parent's `required` (always true for the root and items). */
  readonly oldRequired: boolean;
  readonly newRequired: boolean;
  /** A property whose parent object, in the new document, accepts no other property (`additionalProperties: false`). */
  readonly newParentStrict: boolean;
}

export interface WalkInput {
  readonly oldRoot: JsonObject;
  readonly newRoot: JsonObject;
  readonly oldSchema: JsonValue | undefined;
  readonly newSchema: JsonValue | undefined;
  readonly direction: Direction;
  /**
   * Read every documented property as required, on both sides (the "implicitly required"
   * reading of response schemas, see implicit-required.ts); `required` is read as written otherwise.
   */
  readonly implicitRequired?: boolean;
}

const MAX_DEPTH = 64;

export function walkSchemas(input: WalkInput): WalkNode[] {
  const nodes: WalkNode[] = [];
  const root: WalkNode = {
    role: 'root',
    path: '',
    old: viewSchema(input.oldRoot, input.oldSchema),
    new: viewSchema(input.newRoot, input.newSchema),
    oldRequired: true,
    newRequired: true,
    newParentStrict: false,
  };
  visit(input, nodes, root, new Set(), 0);
  return nodes;
}

function pairIdentity(node: WalkNode): string | null {
  if (node.old === undefined || node.new === undefined) return null;
  if (node.old.identity === '' && node.new.identity === '') return null;
  return `${node.old.identity}|${node.new.identity}`;
}

function travelsOtherWay(node: WalkNode, direction: Direction): boolean {
  if (node.role !== 'property') return false;
  const keyword = direction === 'request' ? 'readOnly' : 'writeOnly';
  const hidden = (view: SchemaView | undefined): boolean => view === undefined || view.schema[keyword] === true;
  return hidden(node.old) && hidden(node.new);
}

function visit(
  input: WalkInput,
  nodes: WalkNode[],
  node: WalkNode,
  ancestors: ReadonlySet<string>,
  depth: number,
): void {
  const identity = pairIdentity(node);
  if ((identity !== null && ancestors.has(identity)) || depth > MAX_DEPTH) return;
  if (travelsOtherWay(node, input.direction)) return;
  nodes.push(node);
  if (node.old === undefined || node.new === undefined || compareTypes(node.old, node.new) === 'changed') return;
  const inner = identity === null ? ancestors : new Set([...ancestors, identity]);
  for (const child of childNodes(input, node, node.old, node.new)) visit(input, nodes, child, inner, depth + 1);
}

/** The property's view; a boolean schema (`true`) counts as an empty one rather than as absent. */
function propertyView(root: JsonObject, properties: JsonObject, name: string): SchemaView | undefined {
  if (!Object.prototype.hasOwnProperty.call(properties, name)) return undefined;
  return viewSchema(root, properties[name]) ?? EMPTY_VIEW;
}

function childNodes(input: WalkInput, parent: WalkNode, old: SchemaView, new_: SchemaView): WalkNode[] {
  const oldProperties = propertiesOf(old.schema);
  const newProperties = propertiesOf(new_.schema);
  const implicit = input.implicitRequired === true;
  const oldRequired = implicit ? Object.keys(oldProperties) : requiredNames(old.schema);
  const newRequired = implicit ? Object.keys(newProperties) : requiredNames(new_.schema);
  const names = [...new Set([...Object.keys(oldProperties), ...Object.keys(newProperties)])].sort();
  const children: WalkNode[] = names.map((name) => ({
    role: 'property',
    path: `${parent.path}/${name}`,
    old: propertyView(input.oldRoot, oldProperties, name),
    new: propertyView(input.newRoot, newProperties, name),
    oldRequired: oldRequired.includes(name),
    newRequired: newRequired.includes(name),
    newParentStrict: new_.schema.additionalProperties === false,
  }));
  const oldItems = viewSchema(input.oldRoot, old.schema.items);
  const newItems = viewSchema(input.newRoot, new_.schema.items);
  if (oldItems !== undefined && newItems !== undefined) {
    children.push({
      role: 'items',
      path: `${parent.path}[]`,
      old: oldItems,
      new: newItems,
      oldRequired: true,
      newRequired: true,
      newParentStrict: false,
    });
  }
  for (const [key, oldAlternative, newAlternative] of pairAlternatives(input.oldRoot, old, input.newRoot, new_)
    .paired) {
    children.push({
      role: 'alternative',
      path: `${parent.path}(${key})`,
      old: viewSchema(input.oldRoot, oldAlternative) ?? EMPTY_VIEW,
      new: viewSchema(input.newRoot, newAlternative) ?? EMPTY_VIEW,
      oldRequired: true,
      newRequired: true,
      newParentStrict: false,
    });
  }
  return children;
}
