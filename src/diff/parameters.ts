/**
 * The parameters of an operation as the classifier pairs them: path-item parameters overridden
 * by the operation's own, keyed by `in` + name (header names case-insensitively); path
 * parameters by their position in the path template, so that renaming `{id}` to `{fileId}` is
 * no change.
 */
import type { JsonValue } from '../core/json.ts';
import { objectAt, type OperationSide } from './operations.ts';

export interface ParameterSide {
  readonly in: string;
  readonly name: string;
  readonly required: boolean;
  readonly deprecated: boolean;
  /** The parameter's `schema` as written (may be a `$ref`); undefined when it uses `content`. */
  readonly schema: JsonValue | undefined;
}

export interface ParameterPair {
  readonly old: ParameterSide;
  readonly new: ParameterSide;
}

export interface ParameterDiff {
  readonly added: readonly ParameterSide[];
  readonly removed: readonly ParameterSide[];
  readonly paired: readonly ParameterPair[];
}

function templateNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]*)\}/g)].map((match) => match[1] ?? '');
}

function parameterKey(side: OperationSide, parameter: ParameterSide): string {
  if (parameter.in === 'path') {
    const position = templateNames(side.path).indexOf(parameter.name);
    return position >= 0 ? `path#${position}` : `path:${parameter.name}`;
  }
  const name = parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name;
  return `${parameter.in}:${name}`;
}

function readParameters(side: OperationSide, list: JsonValue | undefined): ParameterSide[] {
  const result: ParameterSide[] = [];
  for (const raw of Array.isArray(list) ? list : []) {
    const parameter = objectAt(side.root, raw);
    if (parameter === undefined || typeof parameter.name !== 'string' || typeof parameter.in !== 'string') continue;
    result.push({
      in: parameter.in,
      name: parameter.name,
      required: parameter.required === true || parameter.in === 'path',
      deprecated: parameter.deprecated === true,
      schema: parameter.schema,
    });
  }
  return result;
}

/** The effective parameters of an operation by pairing key. */
export function parametersOf(side: OperationSide): Map<string, ParameterSide> {
  const result = new Map<string, ParameterSide>();
  for (const parameter of [
    ...readParameters(side, side.pathItem.parameters),
    ...readParameters(side, side.operation.parameters),
  ]) {
    result.set(parameterKey(side, parameter), parameter);
  }
  return result;
}

export function diffParameters(old: OperationSide, new_: OperationSide): ParameterDiff {
  const oldParameters = parametersOf(old);
  const newParameters = parametersOf(new_);
  const added = [...newParameters].filter(([key]) => !oldParameters.has(key)).map(([, p]) => p);
  const removed = [...oldParameters].filter(([key]) => !newParameters.has(key)).map(([, p]) => p);
  const paired: ParameterPair[] = [];
  for (const [key, oldParameter] of oldParameters) {
    const newParameter = newParameters.get(key);
    if (newParameter !== undefined) paired.push({ old: oldParameter, new: newParameter });
  }
  return { added, removed, paired };
}
