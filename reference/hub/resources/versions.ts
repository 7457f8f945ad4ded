/**
 * Versions of files (facts §2.1 "Versions"): create one from a file's current content, get it
 * with its content, rename or change it, delete it, search the versions of one file (the
 * required `filter.fileKey`), and restore one, which sets the file's content back (file revision
 * + 1) and creates a new version of the restored state, the answer.
 * *Assumed*: the documented 409 of create and update means a name another version of the same
 * file has (knob uniqueVersionNames); the new version of a restoration is named
 * `Restored from <name>` (a number appended while that name is taken); an element template's
 * restoration needs `version` (400 without) and writes it into the content's JSON `version`;
 * `filter.fileKey` takes a plain value or `$eq` only; versions of a soft-deleted file are hidden.
 */
import { isJsonObject } from '../../../src/core/json.ts';
import { parseJson, readBoolean, readInteger, readText } from '../../simulator/json.ts';
import type { SearchItem } from '../search.ts';
import type { FileRecord, VersionRecord } from '../store.ts';
import type { HubContext, HubRouteDef } from '../types.ts';
import { versionDetail, versionResult } from '../views.ts';
import { conflict, invalid } from '../problem.ts';
import { boolean, dateTime, integer, name, nullable, objectOf, refProp, text, type Components } from '../schema.ts';
import { keyParameter, searchSchemas, searchSpec, type HubResource, type SearchDef } from './shared.ts';
import {
  bodyRecord,
  liveRecord,
  markCreated,
  noContent,
  ok,
  pathKey,
  searchAnswer,
  touch,
  unknownKey,
} from './support.ts';

const KEY = '/versions/{versionKey}';
const REQUIRES = { kind: 'Version', bind: { versionKey: { from: 'path', name: 'versionKey' } } } as const;

const SEARCH: SearchDef = {
  base: 'Version',
  what: 'versions',
  item: 'VersionResult',
  sortFields: ['name', 'created'],
  filters: {
    fileKey: {
      kind: 'string',
      description: 'The file (required; a plain value or $eq only).',
      semanticType: 'FileKey',
    },
    name: { kind: 'string', description: 'The version name.' },
    created: { kind: 'date', description: 'When the version was created.' },
    createdBy: { kind: 'basic', description: 'Email address of who created the version.' },
  },
  requiredFilter: 'fileKey',
  eqOnly: ['fileKey'],
};

function versionProperties(): Components {
  const byWhom = (what: string): ReturnType<typeof refProp> =>
    nullable(refProp('UserReference', `Who ${what} the version; null for old or system-made versions.`));
  return {
    versionKey: refProp('VersionKey', 'Key of the version.'),
    name: text('Name of the version.'),
    description: nullable(text('Description of the version.')),
    fileKey: refProp('FileKey', 'The file the version belongs to.'),
    organizationPublic: boolean('Whether the version is shared with the whole organization.'),
    linkedToProcessApplication: boolean('Whether a process application version refers to this version.'),
    created: dateTime('When the version was created.'),
    createdBy: byWhom('created'),
    updated: dateTime('When the version was last changed.'),
    updatedBy: byWhom('last changed'),
  };
}

const RESULT_REQUIRED = [
  'versionKey',
  'name',
  'description',
  'fileKey',
  'created',
  'createdBy',
  'updated',
  'updatedBy',
  'organizationPublic',
  'linkedToProcessApplication',
];

function schemas(): Components {
  return {
    VersionCreateRequest: objectOf(
      {
        fileKey: refProp('FileKey', 'The file whose current content the version keeps.'),
        name: name('Name of the version.'),
        description: text('Description of the version.', { max: 255 }),
        organizationPublic: boolean('Share the version with the whole organization (element templates only).', false),
      },
      { strict: true, required: ['fileKey', 'name'] },
    ),
    VersionUpdateRequest: objectOf(
      {
        name: name('New name.'),
        description: nullable(text('New description; null clears it.', { max: 255 })),
        organizationPublic: boolean('Share the version with the whole organization (element templates only).'),
      },
      { strict: true, required: ['name'] },
    ),
    VersionRestorationRequest: objectOf(
      {
        version: integer(
          'Version number to write into the restored content; required for element templates, ignored otherwise.',
          'int64',
        ),
      },
      { strict: true },
    ),
    VersionResult: objectOf(versionProperties(), { required: RESULT_REQUIRED }),
    VersionDetailResult: objectOf(
      { ...versionProperties(), content: text('The file content this version keeps.') },
      { description: 'A version with its content.', required: [...RESULT_REQUIRED, 'content'] },
    ),
    ...searchSchemas(SEARCH),
  };
}

function version(ctx: HubContext): VersionRecord {
  const key = pathKey(ctx, 'versionKey');
  const record = ctx.env.store.versions.get(key);
  if (record === undefined || !ctx.env.store.versionVisible(key)) throw unknownKey(ctx, 'version', key);
  if (ctx.env.behaviour.createdNotReadable && ctx.env.store.unread.delete(key)) throw unknownKey(ctx, 'version', key);
  return record;
}

function nameTaken(ctx: HubContext, fileKey: string, wanted: string, except: string | null): boolean {
  return (
    ctx.env.hub.uniqueVersionNames &&
    ctx.env.store.versionsOf(fileKey).some((v) => v.name === wanted && v.key !== except)
  );
}

function newVersion(
  ctx: HubContext,
  file: FileRecord,
  fields: { name: string; description: string | null; organizationPublic: boolean },
): VersionRecord {
  const { store } = ctx.env;
  const now = store.now();
  const record: VersionRecord = {
    key: store.newKey(),
    fileKey: file.key,
    ...fields,
    content: file.content,
    created: now,
    createdBy: ctx.principal.user,
    updated: now,
    updatedBy: ctx.principal.user,
  };
  store.versions.set(record.key, record);
  markCreated(ctx, record.key);
  return record;
}

function create(ctx: HubContext): VersionRecord {
  const file = bodyRecord(ctx, ctx.env.store.files, readText(ctx.body, 'fileKey') ?? '', 'file', 'fileKey');
  const wanted = readText(ctx.body, 'name') ?? '';
  if (nameTaken(ctx, file.key, wanted, null))
    throw conflict(`The file ${file.key} already has a version named "${wanted}".`);
  return newVersion(ctx, file, {
    name: wanted,
    description: readText(ctx.body, 'description') ?? null,
    organizationPublic: readBoolean(ctx.body, 'organizationPublic') ?? false,
  });
}

function update(ctx: HubContext): VersionRecord {
  const record = version(ctx);
  const wanted = readText(ctx.body, 'name') ?? record.name;
  if (nameTaken(ctx, record.fileKey, wanted, record.key))
    throw conflict(`The file ${record.fileKey} already has a version named "${wanted}".`);
  record.name = wanted;
  const description = readText(ctx.body, 'description');
  if (description !== undefined) record.description = description;
  else if (ctx.nulls.has('description') && ctx.env.hub.nullClears) record.description = null;
  record.organizationPublic = readBoolean(ctx.body, 'organizationPublic') ?? record.organizationPublic;
  touch(ctx, record);
  return record;
}

/** The content to restore: an element template gets the requested version number written in. */
function restoredContent(ctx: HubContext, file: FileRecord, record: VersionRecord): string {
  if (file.type !== 'element-template') return record.content;
  const number = readInteger(ctx.body, 'version');
  if (number === undefined) throw invalid("version: must not be null when restoring an element template's version.");
  try {
    const parsed = parseJson(record.content);
    return isJsonObject(parsed) ? JSON.stringify({ ...parsed, version: number }, null, 2) : record.content;
  } catch {
    return record.content;
  }
}

function restoreVersion(ctx: HubContext): VersionRecord {
  const record = version(ctx);
  const file = liveRecord(ctx, ctx.env.store.files, record.fileKey, 'file', 'use');
  file.content = restoredContent(ctx, file, record);
  file.revision += 1;
  touch(ctx, file);
  let restoredName = `Restored from ${record.name}`;
  for (let n = 2; nameTaken(ctx, file.key, restoredName, null); n += 1)
    restoredName = `Restored from ${record.name} (${n})`;
  const created = newVersion(ctx, file, {
    name: restoredName,
    description: record.description,
    organizationPublic: record.organizationPublic,
  });
  return ctx.env.hub.restoreVersionAnswersNew ? created : record;
}

function searchItems(ctx: HubContext): SearchItem[] {
  const { store } = ctx.env;
  return [...store.versions.values()]
    .filter((v) => store.versionVisible(v.key))
    .map((v) => ({
      dto: versionResult(ctx.env, v),
      values: { fileKey: v.fileKey, name: v.name, created: v.created, createdBy: v.createdBy?.email ?? null },
    }));
}

function routes(): HubRouteDef[] {
  const params = ['VersionKeyPathParam'];
  return [
    {
      operationId: 'createVersion',
      method: 'post',
      path: '/versions',
      tag: 'Version',
      summary: 'Create a version',
      description: 'Keeps the current content of a file as a new version.',
      addedIn: '0.1.0',
      requestBody: { schema: 'VersionCreateRequest', required: true },
      success: { status: 200, description: 'The new version.', schema: 'VersionResult' },
      errors: [{ status: 400 }, { status: 401 }, { status: 403 }, { status: 409 }, { status: 500 }],
      permission: 'create',
      provides: ['versionKey'],
      handler: (ctx) => ok(versionResult(ctx.env, create(ctx))),
    },
    {
      operationId: 'getVersion',
      method: 'get',
      path: KEY,
      tag: 'Version',
      summary: 'Get a version',
      description: 'Answers the version and the content it keeps.',
      addedIn: '0.1.0',
      parameters: params,
      success: { status: 200, description: 'The version.', schema: 'VersionDetailResult' },
      errors: [{ status: 401 }, { status: 403 }, { status: 404 }, { status: 500 }],
      permission: 'read',
      requires: REQUIRES,
      handler: (ctx) => ok(versionDetail(ctx.env, version(ctx))),
    },
    {
      operationId: 'updateVersion',
      method: 'patch',
      path: KEY,
      tag: 'Version',
      summary: 'Update a version',
      description: 'Renames the version; description (null clears it) and organizationPublic may change too.',
      addedIn: '0.1.0',
      parameters: params,
      requestBody: { schema: 'VersionUpdateRequest', required: true },
      success: { status: 200, description: 'The changed version.', schema: 'VersionResult' },
      errors: [{ status: 400 }, { status: 401 }, { status: 403 }, { status: 404 }, { status: 409 }, { status: 500 }],
      permission: 'update',
      requires: REQUIRES,
      handler: (ctx) => ok(versionResult(ctx.env, update(ctx))),
    },
    {
      operationId: 'deleteVersion',
      method: 'delete',
      path: KEY,
      tag: 'Version',
      summary: 'Delete a version',
      description: 'Deletes the version.',
      addedIn: '0.1.0',
      parameters: params,
      success: { status: 204, description: 'The version is deleted.' },
      errors: [{ status: 401 }, { status: 403 }, { status: 404 }, { status: 500 }],
      permission: 'delete',
      requires: REQUIRES,
      handler: (ctx) => {
        ctx.env.store.versions.delete(version(ctx).key);
        return noContent();
      },
    },
    {
      operationId: 'searchVersions',
      method: 'post',
      path: '/versions/search',
      tag: 'Version',
      summary: 'Search versions',
      description: 'Answers the versions of one file (filter.fileKey is required) that match the filter.',
      addedIn: '0.1.0',
      requestBody: { schema: 'VersionSearchQuery', required: true },
      success: { status: 200, description: 'The matching versions.', schema: 'VersionSearchQueryResult' },
      errors: [{ status: 400 }, { status: 401 }, { status: 403 }, { status: 500 }],
      permission: 'read',
      search: searchSpec(SEARCH),
      handler: (ctx) => searchAnswer(ctx, searchItems(ctx), searchSpec(SEARCH)),
    },
    {
      operationId: 'restoreVersion',
      method: 'post',
      path: `${KEY}/restoration`,
      tag: 'Version',
      summary: 'Restore a version',
      description:
        'Sets the content of the file back to this version and keeps the result as a new version, which is the answer. For an element template, the body must give the version number to write into the content.',
      addedIn: '0.1.0',
      parameters: params,
      requestBody: { schema: 'VersionRestorationRequest', required: false },
      success: { status: 200, description: 'The new version of the restored content.', schema: 'VersionResult' },
      errors: [{ status: 400 }, { status: 401 }, { status: 403 }, { status: 404 }, { status: 409 }, { status: 500 }],
      permission: 'update',
      requires: REQUIRES,
      handler: (ctx) => ok(versionResult(ctx.env, restoreVersion(ctx))),
    },
  ];
}

export const VERSIONS: HubResource = {
  tag: { name: 'Version', description: 'Versions of files.' },
  schemas,
  parameters: () => ({ VersionKeyPathParam: keyParameter('versionKey', 'VersionKey') }),
  routes,
};
