/**
 * What the hub-v2 resource groups share in the document: the key types (opaque strings with
 * `x-semantic-type`, so that tooling can chain operations), the user reference, the problem
 * schema and the common error responses, paging, sorting and filter schemas, and the builder of
 * a search's four schemas (query, sort request, filter, result) from one definition, which also
 * gives the search spec the simulator enforces.
 */
import type { JsonObject } from '../../../src/core/json.ts';
import {
  arrayOf,
  boolean,
  dateTime,
  integer,
  objectOf,
  oneOfValues,
  ref,
  refProp,
  text,
  type Components,
} from '../schema.ts';
import type { FilterKind } from '../filters.ts';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../search.ts';
import type { HubRouteDef, HubSearchSpec } from '../types.ts';

/** A resource group of the Hub API: its tag, its schemas and parameters, its operations. */
export interface HubResource {
  readonly tag: { readonly name: string; readonly description: string };
  readonly schemas: () => Components;
  readonly parameters?: () => Components;
  readonly routes: () => HubRouteDef[];
}

export const KEY_TYPES = {
  FileKey: 'a file',
  FolderKey: 'a folder',
  ProjectKey: 'a project',
  WorkspaceKey: 'a workspace',
  VersionKey: 'a version',
  ProjectSnapshotKey: 'a project snapshot',
  CatalogAssetKey: 'a catalog asset',
} as const;

export type KeyType = keyof typeof KEY_TYPES;

export const FILE_TYPES = ['bpmn', 'dmn', 'form', 'element-template', 'rpa', 'markdown', 'tests'] as const;

function keySchemas(): Components {
  const out: Components = {};
  for (const [keyType, what] of Object.entries(KEY_TYPES)) {
    out[keyType] = {
      description: `Opaque key of ${what}, allocated by the server.`,
      type: 'string',
      format: keyType,
      'x-semantic-type': keyType,
    };
  }
  return out;
}

export function keyParameter(param: string, keyType: KeyType): JsonObject {
  return {
    name: param,
    in: 'path',
    required: true,
    description: `Key of ${KEY_TYPES[keyType]}.`,
    schema: ref(keyType),
  };
}

function problemSchema(): JsonObject {
  return objectOf(
    {
      type: { ...text('URI of the problem type.', { format: 'uri' }), default: 'about:blank' },
      title: text('Short summary of the problem type.'),
      status: integer('HTTP status of this occurrence.', 'int32', { min: 400, max: 600 }),
      detail: text('What went wrong, for a person.'),
      instance: text('Path of the request that had the problem.', { format: 'uri-reference' }),
    },
    {
      description: 'An RFC 9457 problem; a problem type may add properties.',
      required: ['type', 'title', 'status', 'detail', 'instance'],
    },
  );
}

function pagingSchemas(): Components {
  const limit = integer('Largest number of items to answer.', 'int32', {
    default: DEFAULT_LIMIT,
    min: 1,
    max: MAX_LIMIT,
  });
  return {
    SearchQueryPage: {
      description: 'Which part of the results to answer: a limit, or an offset and a limit.',
      oneOf: [ref('LimitPagination'), ref('OffsetPagination')],
    },
    LimitPagination: { ...objectOf({ limit }), title: 'Limit' },
    OffsetPagination: {
      ...objectOf(
        { from: integer('Index of the first item to answer.', 'int32', { min: 0 }), limit },
        { required: ['from'] },
      ),
      title: 'Offset and limit',
    },
    SortOrderEnum: { description: 'Sort direction.', type: 'string', enum: ['ASC', 'DESC'], default: 'ASC' },
    SearchQueryPageResponse: objectOf(
      {
        totalItems: integer('Number of items that match.', 'int64'),
        hasMoreTotalItems: boolean('Whether totalItems was capped and is only a lower bound.'),
      },
      { description: 'Paging facts of a search answer.', required: ['totalItems', 'hasMoreTotalItems'] },
    ),
  };
}

function filterSchemas(): Components {
  const basic = (valueSchema: () => JsonObject): Record<string, JsonObject> => ({
    $eq: { ...valueSchema(), description: 'Equal to this value.' },
    $neq: { ...valueSchema(), description: 'Not equal to this value.' },
    $exists: boolean('Whether the property has a value.'),
    $in: arrayOf('Equal to one of these values.', valueSchema()),
    $notIn: arrayOf('Equal to none of these values.', valueSchema()),
  });
  const str = (): JsonObject => ({ type: 'string' });
  const date = (): JsonObject => ({ type: 'string', format: 'date-time' });
  return {
    LikeFilter: text(
      'Pattern: "*" matches any run of characters, "?" one character; a backslash makes the next character literal (e.g. "\\*").',
    ),
    BasicStringFilter: {
      ...objectOf(basic(str), { description: 'Operators of a string property.' }),
      title: 'Operators',
    },
    AdvancedStringFilter: {
      title: 'Operators',
      description: 'Operators of a string property, pattern matching included.',
      allOf: [ref('BasicStringFilter'), objectOf({ $like: ref('LikeFilter') })],
    },
    AdvancedDateTimeFilter: {
      ...objectOf(
        {
          ...basic(date),
          $gt: { ...date(), description: 'Later than this instant.' },
          $gte: { ...date(), description: 'This instant or later.' },
          $lt: { ...date(), description: 'Earlier than this instant.' },
          $lte: { ...date(), description: 'This instant or earlier.' },
        },
        { description: 'Operators of a date-time property.' },
      ),
      title: 'Operators',
    },
    BasicStringFilterProperty: {
      description: 'A value to match exactly, or operators.',
      oneOf: [{ title: 'Exact value', type: 'string' }, ref('BasicStringFilter')],
    },
    StringFilterProperty: {
      description: 'A value to match exactly, or operators (with $like).',
      oneOf: [{ title: 'Exact value', type: 'string' }, ref('AdvancedStringFilter')],
    },
    DateTimeFilterProperty: {
      description: 'An instant to match exactly, or operators.',
      oneOf: [{ title: 'Exact instant', type: 'string', format: 'date-time' }, ref('AdvancedDateTimeFilter')],
    },
  };
}

export function sharedSchemas(): Components {
  return {
    ...keySchemas(),
    UserReference: objectOf(
      { name: text('Display name of the user.'), email: text('Email address of the user.', { format: 'email' }) },
      { description: 'Who did something.', required: ['name', 'email'] },
    ),
    ProblemDetail: problemSchema(),
    ...pagingSchemas(),
    ...filterSchemas(),
  };
}

const EXAMPLE_INSTANCE = '/api/v2/files/0a0b0c0d-0000-4000-8000-000000000001';

function problemResponse(
  description: string,
  status: number,
  title: string,
  detail: string,
  withChallenge = false,
): JsonObject {
  const response: JsonObject = { description };
  if (withChallenge)
    response.headers = { 'WWW-Authenticate': { description: 'The Bearer challenge.', schema: { type: 'string' } } };
  response.content = {
    'application/problem+json': {
      schema: refProblem(),
      example: { type: 'about:blank', title, status, detail, instance: EXAMPLE_INSTANCE },
    },
  };
  return response;
}

function refProblem(): JsonObject {
  return ref('ProblemDetail');
}

/** The common error responses (`#/components/responses/<name>`), by status. */
export const COMMON_RESPONSES = {
  400: 'InvalidData',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  500: 'InternalServerError',
} as const;

export function sharedResponses(): Components {
  return {
    InvalidData: problemResponse(
      'The request is not valid.',
      400,
      'Bad Request',
      "Validation failed for request body: 'name' must not be blank.",
    ),
    Unauthorized: problemResponse(
      'No valid bearer token.',
      401,
      'Unauthorized',
      'Full authentication is required to access this resource',
      true,
    ),
    Forbidden: problemResponse(
      'The token lacks the permission the operation needs.',
      403,
      'Forbidden',
      "Operation not allowed: it needs the 'update' permission.",
    ),
    NotFound: problemResponse(
      'No such resource.',
      404,
      'Not Found',
      'No file with key 0a0b0c0d-0000-4000-8000-000000000001.',
    ),
    Conflict: problemResponse(
      'The request conflicts with the state of the resource.',
      409,
      'Conflict',
      'The file has revision 4, not 3.',
    ),
    InternalServerError: problemResponse(
      'The server failed.',
      500,
      'Internal Server Error',
      'An unexpected error occurred while processing your request. Please try again later.',
    ),
  };
}

/** An error response with its own description (written inline). */
export function problemContent(): JsonObject {
  return { 'application/problem+json': { schema: refProblem() } };
}

// ── searches ──

export interface FilterDef {
  readonly kind: FilterKind;
  readonly description: string;
  /** `x-semantic-type` of a key filter, for chaining. */
  readonly semanticType?: KeyType;
}

/** A nested filter object (e.g. the catalog's `usage`): the component that holds its properties. */
export interface NestedFilterDef {
  readonly component: string;
  readonly description: string;
  readonly componentDescription: string;
}

export interface SearchDef {
  /** Base of the schema names: `<base>SearchQuery`, `<base>SearchQuerySortRequest`, `<base>Filter`, `<base>SearchQueryResult`. */
  readonly base: string;
  /** Plural noun for descriptions. */
  readonly what: string;
  readonly item: string;
  readonly sortFields: readonly string[];
  readonly filters: Readonly<Record<string, FilterDef>>;
  /** A filter property that must be given: the query then requires `filter`, and the filter that property. */
  readonly requiredFilter?: string;
  /** Filter properties that take only a plain value or `$eq`. */
  readonly eqOnly?: readonly string[];
  /** Nested filter objects, by the first part of the dotted filter names (`usage` of `usage.status`). */
  readonly nested?: Readonly<Record<string, NestedFilterDef>>;
}

const FILTER_COMPONENT: Readonly<Record<Exclude<FilterKind, 'boolean'>, string>> = {
  basic: 'BasicStringFilterProperty',
  string: 'StringFilterProperty',
  date: 'DateTimeFilterProperty',
  set: 'BasicStringFilterProperty',
  each: 'BasicStringFilterProperty',
};

function filterProperty(f: FilterDef): JsonObject {
  if (f.kind === 'boolean') return { description: f.description, type: 'boolean' };
  const property: JsonObject = { description: f.description };
  if (f.semanticType !== undefined) property['x-semantic-type'] = f.semanticType;
  property.allOf = [ref(FILTER_COMPONENT[f.kind])];
  return property;
}

export function searchSchemas(def: SearchDef): Components {
  const filterProperties: Record<string, JsonObject> = {};
  const nestedComponents: Components = {};
  const nestedProperties: Record<string, Record<string, JsonObject>> = {};
  for (const [field, f] of Object.entries(def.filters)) {
    const [outer = field, inner] = field.split('.');
    const nested = def.nested?.[outer];
    if (inner === undefined || nested === undefined) {
      filterProperties[field] = filterProperty(f);
      continue;
    }
    nestedProperties[outer] = { ...nestedProperties[outer], [inner]: filterProperty(f) };
    filterProperties[outer] = refProp(nested.component, nested.description);
  }
  for (const [outer, properties] of Object.entries(nestedProperties)) {
    const nested = def.nested?.[outer];
    if (nested !== undefined)
      nestedComponents[nested.component] = objectOf(properties, { description: nested.componentDescription });
  }
  const required = def.requiredFilter === undefined ? [] : [def.requiredFilter];
  return {
    ...nestedComponents,
    [`${def.base}SearchQuery`]: objectOf(
      {
        page: refProp('SearchQueryPage', 'Paging: a limit, or an offset (from) and a limit.'),
        sort: arrayOf('Sort criteria, applied in order.', ref(`${def.base}SearchQuerySortRequest`)),
        filter: refProp(
          `${def.base}Filter`,
          `Conditions the ${def.what} must meet${def.requiredFilter === undefined ? '' : ` (${def.requiredFilter} is required)`}.`,
        ),
      },
      { required: def.requiredFilter === undefined ? [] : ['filter'] },
    ),
    [`${def.base}SearchQuerySortRequest`]: objectOf(
      {
        field: oneOfValues('Field to sort by.', def.sortFields),
        order: refProp('SortOrderEnum', 'Direction (ASC when omitted).'),
      },
      { required: ['field'] },
    ),
    [`${def.base}Filter`]: objectOf(filterProperties, { description: `Conditions on ${def.what}.`, required }),
    [`${def.base}SearchQueryResult`]: objectOf(
      {
        items: arrayOf(`The matching ${def.what}.`, ref(def.item)),
        page: refProp('SearchQueryPageResponse', 'Paging facts.'),
      },
      { required: ['items', 'page'] },
    ),
  };
}

export function searchSpec(def: SearchDef): HubSearchSpec {
  const filters: Record<string, FilterKind> = {};
  for (const [field, f] of Object.entries(def.filters)) filters[field] = f.kind;
  return {
    filters,
    ...(def.eqOnly === undefined ? {} : { eqOnly: def.eqOnly }),
    ...(def.requiredFilter === undefined ? {} : { requiredFilter: def.requiredFilter }),
  };
}

/** The audit properties of result DTOs. */
export function auditProperties(what: string): Record<string, JsonObject> {
  return {
    created: dateTime(`When the ${what} was created.`),
    createdBy: refProp('UserReference', `Who created the ${what}.`),
    updated: dateTime(`When the ${what} was last changed.`),
    updatedBy: refProp('UserReference', `Who last changed the ${what}.`),
  };
}

/** The `deleted`/`deletedBy` properties of recently-deleted DTOs. */
export function deletionProperties(what: string): Record<string, JsonObject> {
  return {
    deleted: dateTime(`When the ${what} was deleted.`),
    deletedBy: { ...refProp('UserReference', `Who deleted the ${what}.`), nullable: true },
  };
}
