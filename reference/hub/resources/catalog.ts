/**
 * The catalog (facts §2.1 "Catalog", §2.2, §2.3): ingestion of element templates with their
 * READMEs as `multipart/form-data` (parts `readme` and `template`, repeated; the full set:
 * assets left out become unpublished), deletion, search, and the three usage searches (which
 * projects and files use an asset, which assets a project uses). Rules: catalog-rules.ts.
 * The usage searches have no published YAML (facts §5.14): their operationIds, schema names and
 * shapes follow the facts file's table (§2 rows 4–6, §2.3), *assumed* where it is silent (schema
 * names `<Base>SearchQuery`/`<Base>Result` like every other search; `usedVersions` int64;
 * the status enum of three values inline).
 * *Assumed*: ingestion needs `update` (it replaces the set), deletion `delete`, searches `read`;
 * the usage searches answer 404 for an unknown asset or project; a deleted asset is gone for
 * good (usages of its id are no longer counted).
 */
import type { JsonObject } from '../../../src/core/json.ts';
import {
  ingest,
  fileUsages,
  latestVersion,
  projectVersions,
  readIngestion,
  usageStatus,
  type FileUsage,
} from '../catalog-rules.ts';
import type { CatalogAssetRecord } from '../records.ts';
import {
  arrayOf,
  boolean,
  dateTime,
  integer,
  nullable,
  objectOf,
  oneOfValues,
  refProp,
  text,
  type Components,
} from '../schema.ts';
import type { SearchItem } from '../search.ts';
import type { HubContext, HubEnv, HubRouteDef } from '../types.ts';
import { formatDate } from '../views.ts';
import { keyParameter, searchSchemas, searchSpec, type HubResource, type SearchDef } from './shared.ts';
import { liveRecord, noContent, pathKey, searchAnswer, unknownKey } from './support.ts';

const TAG = 'Catalog';
const USAGE_STATUSES = ['UP_TO_DATE', 'UPDATE_AVAILABLE', 'DEPRECATED'] as const;

const SEARCH: SearchDef = {
  base: 'CatalogAsset',
  what: 'catalog assets',
  item: 'CatalogAssetResult',
  sortFields: ['name', 'created', 'updated'],
  filters: {
    name: { kind: 'string', description: 'The asset name.' },
    resourceId: { kind: 'string', description: "The asset's resource id (the element template's id)." },
    category: { kind: 'basic', description: "The name of the asset's category." },
    tag: { kind: 'set', description: 'The name of a tag of the asset.' },
    unpublished: { kind: 'boolean', description: 'Whether the asset is unpublished.' },
    created: { kind: 'date', description: 'When the asset was created.' },
    updated: { kind: 'date', description: 'When the asset was last changed.' },
    'usage.status': {
      kind: 'basic',
      description: 'The usage status: UP_TO_DATE, UPDATE_AVAILABLE, DEPRECATED or UNUSED.',
    },
  },
  nested: {
    usage: {
      component: 'CatalogAssetUsageFilter',
      description: 'Conditions on the usage of the asset.',
      componentDescription: 'Conditions on the aggregated usage of an asset.',
    },
  },
};

const PROJECT_USAGE_SEARCH: SearchDef = {
  base: 'CatalogAssetProjectUsage',
  what: 'projects using the asset',
  item: 'CatalogAssetProjectUsageResult',
  sortFields: ['name'],
  filters: {
    projectKey: { kind: 'basic', description: 'The project.', semanticType: 'ProjectKey' },
    name: { kind: 'string', description: 'The project name.' },
    workspaceKey: { kind: 'basic', description: 'The workspace of the project.', semanticType: 'WorkspaceKey' },
    status: { kind: 'basic', description: 'The usage status in the project.' },
  },
};

const FILE_USAGE_SEARCH: SearchDef = {
  base: 'CatalogAssetFileUsage',
  what: 'files using the asset',
  item: 'CatalogAssetFileUsageResult',
  sortFields: ['name'],
  filters: {
    fileKey: { kind: 'basic', description: 'The file.', semanticType: 'FileKey' },
    name: { kind: 'string', description: 'The file name.' },
    projectKey: { kind: 'basic', description: 'The project of the file.', semanticType: 'ProjectKey' },
    status: { kind: 'basic', description: 'The usage status in the file.' },
  },
};

const ASSET_USAGE_SEARCH: SearchDef = {
  base: 'ProjectCatalogAssetUsage',
  what: 'catalog assets the project uses',
  item: 'ProjectCatalogAssetUsageResult',
  sortFields: ['name'],
  filters: {
    assetKey: { kind: 'basic', description: 'The asset.', semanticType: 'CatalogAssetKey' },
    name: { kind: 'string', description: 'The asset name.' },
    resourceId: { kind: 'string', description: "The asset's resource id." },
    status: { kind: 'basic', description: 'The usage status in the project.' },
  },
};

function schemas(): Components {
  const versions = (): JsonObject => arrayOf('The versions used, ascending.', integer('A version.', 'int64'));
  const status = (): JsonObject => oneOfValues('The usage status.', USAGE_STATUSES);
  return {
    CatalogAssetIngestionRequest: objectOf(
      {
        readme: {
          ...arrayOf(
            'The READMEs; the YAML front matter of each names its element template (template: <file name>), optionally category and tags.',
            { type: 'string', format: 'binary' },
          ),
          minItems: 1,
        },
        template: {
          ...arrayOf('The element templates, each with a README naming it.', { type: 'string', format: 'binary' }),
          minItems: 1,
        },
      },
      { strict: true, required: ['readme', 'template'] },
    ),
    CatalogAssetResult: objectOf(
      {
        assetKey: refProp('CatalogAssetKey', 'Key of the asset.'),
        name: text('Name of the asset.'),
        resourceId: text("The asset's resource id (the element template's id)."),
        shortDescription: nullable(text('Short description of the asset.')),
        category: nullable(text('Name of the category of the asset.')),
        tags: arrayOf('Names of the tags of the asset.', { type: 'string' }),
        latestVersion: integer('Number of the latest version.', 'int64'),
        unpublished: boolean('Whether the asset is unpublished (only administrators can use it).'),
        created: dateTime('When the asset was created.'),
        updated: dateTime('When the asset was last changed.'),
        usage: refProp('CatalogAssetUsageResult', 'How the asset is used.'),
      },
      {
        required: [
          'assetKey',
          'name',
          'resourceId',
          'shortDescription',
          'category',
          'tags',
          'latestVersion',
          'unpublished',
          'created',
          'updated',
          'usage',
        ],
      },
    ),
    CatalogAssetUsageResult: objectOf(
      {
        status: oneOfValues(
          'UP_TO_DATE, UPDATE_AVAILABLE, DEPRECATED (before UPDATE_AVAILABLE) or UNUSED (before DEPRECATED).',
          [...USAGE_STATUSES, 'UNUSED'],
        ),
        workspaceCount: integer('Workspaces that use the asset.', 'int64'),
        projectCount: integer('Projects that use the asset.', 'int64'),
        projectsOnLatestVersionCount: integer('Projects whose every use is of the latest version.', 'int64'),
      },
      { required: ['status', 'workspaceCount', 'projectCount', 'projectsOnLatestVersionCount'] },
    ),
    ...searchSchemas(SEARCH),
    ...searchSchemas(PROJECT_USAGE_SEARCH),
    ...searchSchemas(FILE_USAGE_SEARCH),
    ...searchSchemas(ASSET_USAGE_SEARCH),
    CatalogAssetProjectUsageResult: objectOf(
      {
        projectKey: refProp('ProjectKey', 'The project.'),
        name: text('Name of the project.'),
        workspaceKey: refProp('WorkspaceKey', 'The workspace of the project.'),
        status: status(),
        usedVersions: versions(),
      },
      { required: ['projectKey', 'name', 'workspaceKey', 'status', 'usedVersions'] },
    ),
    CatalogAssetFileUsageResult: objectOf(
      {
        fileKey: refProp('FileKey', 'The file.'),
        name: text('Name of the file.'),
        projectKey: refProp('ProjectKey', 'The project of the file.'),
        status: status(),
        usedVersions: versions(),
      },
      { required: ['fileKey', 'name', 'projectKey', 'status', 'usedVersions'] },
    ),
    ProjectCatalogAssetUsageResult: objectOf(
      {
        assetKey: refProp('CatalogAssetKey', 'The asset.'),
        resourceId: text("The asset's resource id."),
        name: text('Name of the asset.'),
        status: status(),
        usedVersions: versions(),
      },
      { required: ['assetKey', 'resourceId', 'name', 'status', 'usedVersions'] },
    ),
  };
}

function assetUsage(
  env: HubEnv,
  asset: CatalogAssetRecord,
  usages: readonly FileUsage[],
): { dto: JsonObject; status: string } {
  const mine = usages.filter((u) => u.asset.key === asset.key);
  const byProject = projectVersions(mine);
  const workspaces = new Set([...byProject.keys()].map((p) => env.store.projects.get(p)?.workspaceKey));
  const allVersions = [...new Set(mine.flatMap((u) => u.usedVersions))];
  const status = mine.length === 0 ? 'UNUSED' : usageStatus(asset, allVersions);
  const onLatest = [...byProject.values()].filter((v) => v.every((n) => n === latestVersion(asset))).length;
  return {
    dto: {
      status,
      workspaceCount: workspaces.size,
      projectCount: byProject.size,
      projectsOnLatestVersionCount: onLatest,
    },
    status,
  };
}

function assetResult(
  env: HubEnv,
  asset: CatalogAssetRecord,
  usages: readonly FileUsage[],
): { dto: JsonObject; status: string } {
  const usage = assetUsage(env, asset, usages);
  return {
    status: usage.status,
    dto: {
      assetKey: asset.key,
      name: asset.name,
      resourceId: asset.resourceId,
      shortDescription: asset.shortDescription,
      category: asset.category,
      tags: [...asset.tags],
      latestVersion: latestVersion(asset),
      unpublished: asset.unpublished,
      created: formatDate(env, asset.created),
      updated: formatDate(env, asset.updated),
      usage: usage.dto,
    },
  };
}

function asset(ctx: HubContext): CatalogAssetRecord {
  const key = pathKey(ctx, 'assetKey');
  const record = ctx.env.store.catalog.get(key);
  if (record === undefined) throw unknownKey(ctx, 'catalog asset', key);
  return record;
}

function assetItems(ctx: HubContext): SearchItem[] {
  const usages = fileUsages(ctx.env.store);
  return [...ctx.env.store.catalog.values()].map((a) => {
    const { dto, status } = assetResult(ctx.env, a, usages);
    return {
      dto,
      values: {
        name: a.name,
        resourceId: a.resourceId,
        category: a.category,
        tag: [...a.tags],
        unpublished: a.unpublished,
        created: a.created,
        updated: a.updated,
        'usage.status': status,
      },
    };
  });
}

function projectUsageItems(ctx: HubContext): SearchItem[] {
  const target = asset(ctx);
  const { store } = ctx.env;
  const byProject = projectVersions(fileUsages(store).filter((u) => u.asset.key === target.key));
  return [...byProject].flatMap(([projectKey, used]) => {
    const project = store.projects.get(projectKey);
    if (project === undefined) return [];
    const status = usageStatus(target, used);
    return [
      {
        dto: { projectKey, name: project.name, workspaceKey: project.workspaceKey, status, usedVersions: used },
        values: { projectKey, name: project.name, workspaceKey: project.workspaceKey, status },
      },
    ];
  });
}

function fileUsageItems(ctx: HubContext): SearchItem[] {
  const target = asset(ctx);
  return fileUsages(ctx.env.store)
    .filter((u) => u.asset.key === target.key)
    .map((u) => {
      const status = usageStatus(target, u.usedVersions);
      return {
        dto: {
          fileKey: u.file.key,
          name: u.file.name,
          projectKey: u.file.projectKey,
          status,
          usedVersions: u.usedVersions,
        },
        values: { fileKey: u.file.key, name: u.file.name, projectKey: u.file.projectKey, status },
      };
    });
}

function projectAssetItems(ctx: HubContext): SearchItem[] {
  const project = liveRecord(ctx, ctx.env.store.projects, pathKey(ctx, 'projectKey'), 'project', 'use');
  const mine = fileUsages(ctx.env.store).filter((u) => u.file.projectKey === project.key);
  return [...new Set(mine.map((u) => u.asset))].map((a) => {
    const used = [...new Set(mine.filter((u) => u.asset.key === a.key).flatMap((u) => u.usedVersions))].sort(
      (x, y) => x - y,
    );
    const status = usageStatus(a, used);
    return {
      dto: { assetKey: a.key, resourceId: a.resourceId, name: a.name, status, usedVersions: used },
      values: { assetKey: a.key, name: a.name, resourceId: a.resourceId, status },
    };
  });
}

function routes(): HubRouteDef[] {
  const common = { tag: TAG } as const;
  const searchErrors = [{ status: 400 }, { status: 401 }, { status: 403 }, { status: 404 }, { status: 500 }] as const;
  return [
    {
      ...common,
      operationId: 'ingestCatalogAssets',
      method: 'put',
      path: '/catalog/assets/ingestion',
      addedIn: '0.1.0',
      summary: 'Ingest catalog assets',
      description:
        'Replaces the catalog with the given assets: for each, the element template (part template) and a README (part readme) whose YAML front matter names the template by file name (template: <file name>), optionally with category and tags. Assets left out are unpublished: only administrators can use them, existing diagrams keep working.',
      requestBody: {
        schema: 'CatalogAssetIngestionRequest',
        required: true,
        mediaType: 'multipart/form-data',
        encoding: { readme: 'text/markdown', template: 'application/json' },
      },
      success: { status: 204, description: 'The catalog holds the given assets.' },
      errors: [{ status: 400 }, { status: 401 }, { status: 403 }, { status: 500 }],
      permission: 'update',
      handler: (ctx) => {
        ingest(ctx.env.store, readIngestion(ctx.parts, ctx.env.hub), ctx.env.hub);
        return noContent();
      },
    },
    {
      ...common,
      operationId: 'deleteCatalogAsset',
      method: 'delete',
      path: '/catalog/assets/{assetKey}',
      addedIn: '0.1.0',
      summary: 'Delete a catalog asset',
      description: 'Deletes the catalog asset.',
      parameters: ['AssetKeyPathParam'],
      success: { status: 204, description: 'The asset is deleted.' },
      errors: [{ status: 401 }, { status: 403 }, { status: 404 }, { status: 500 }],
      permission: 'delete',
      handler: (ctx) => {
        ctx.env.store.catalog.delete(asset(ctx).key);
        return noContent();
      },
    },
    {
      ...common,
      operationId: 'searchCatalogAssets',
      method: 'post',
      path: '/catalog/assets/search',
      addedIn: '0.1.0',
      summary: 'Search catalog assets',
      description: 'Answers the catalog assets that match the filter, with how they are used.',
      requestBody: { schema: 'CatalogAssetSearchQuery', required: false },
      success: { status: 200, description: 'The matching assets.', schema: 'CatalogAssetSearchQueryResult' },
      errors: [{ status: 400 }, { status: 401 }, { status: 403 }, { status: 500 }],
      permission: 'read',
      search: searchSpec(SEARCH),
      handler: (ctx) => searchAnswer(ctx, assetItems(ctx), searchSpec(SEARCH)),
    },
    {
      ...common,
      operationId: 'searchCatalogAssetProjectUsages',
      method: 'post',
      path: '/catalog/assets/{assetKey}/project-usages/search',
      addedIn: '8.10',
      summary: 'Search the projects that use a catalog asset',
      description: 'Answers the projects whose BPMN files use the asset, with the versions they use.',
      parameters: ['AssetKeyPathParam'],
      requestBody: { schema: 'CatalogAssetProjectUsageSearchQuery', required: false },
      success: {
        status: 200,
        description: 'The matching projects.',
        schema: 'CatalogAssetProjectUsageSearchQueryResult',
      },
      errors: searchErrors,
      permission: 'read',
      search: searchSpec(PROJECT_USAGE_SEARCH),
      handler: (ctx) => searchAnswer(ctx, projectUsageItems(ctx), searchSpec(PROJECT_USAGE_SEARCH)),
    },
    {
      ...common,
      operationId: 'searchCatalogAssetFileUsages',
      method: 'post',
      path: '/catalog/assets/{assetKey}/file-usages/search',
      addedIn: '8.10',
      summary: 'Search the files that use a catalog asset',
      description: 'Answers the BPMN files that use the asset, with the versions they use.',
      parameters: ['AssetKeyPathParam'],
      requestBody: { schema: 'CatalogAssetFileUsageSearchQuery', required: false },
      success: { status: 200, description: 'The matching files.', schema: 'CatalogAssetFileUsageSearchQueryResult' },
      errors: searchErrors,
      permission: 'read',
      search: searchSpec(FILE_USAGE_SEARCH),
      handler: (ctx) => searchAnswer(ctx, fileUsageItems(ctx), searchSpec(FILE_USAGE_SEARCH)),
    },
    {
      ...common,
      operationId: 'searchProjectCatalogAssetUsages',
      method: 'post',
      path: '/projects/{projectKey}/catalog/asset-usages/search',
      addedIn: '8.10',
      summary: 'Search the catalog assets a project uses',
      description: "Answers the catalog assets the project's BPMN files use, with the versions they use.",
      parameters: ['ProjectKeyPathParam'],
      requestBody: { schema: 'ProjectCatalogAssetUsageSearchQuery', required: false },
      success: {
        status: 200,
        description: 'The matching assets.',
        schema: 'ProjectCatalogAssetUsageSearchQueryResult',
      },
      errors: searchErrors,
      permission: 'read',
      search: searchSpec(ASSET_USAGE_SEARCH),
      handler: (ctx) => searchAnswer(ctx, projectAssetItems(ctx), searchSpec(ASSET_USAGE_SEARCH)),
    },
  ];
}

export const CATALOG: HubResource = {
  tag: { name: TAG, description: 'The catalog of element templates and where they are used.' },
  schemas,
  parameters: () => ({ AssetKeyPathParam: keyParameter('assetKey', 'CatalogAssetKey') }),
  routes,
};
