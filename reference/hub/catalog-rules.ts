/**
 * The rules of the catalog (facts §2.1 "Catalog", §2.2): ingestion of element templates with
 * their READMEs (a YAML front matter names the template by file name, optionally a category and
 * tags; the payload is the full set: assets missing from it become unpublished) and the usage of
 * assets by BPMN files (elements carrying `zeebe:modelerTemplate` and
 * `zeebe:modelerTemplateVersion`, read with @xmldom/xmldom), with the usage statuses of the
 * specification: UP_TO_DATE (active, only the latest version used), UPDATE_AVAILABLE (active, an
 * older version used), DEPRECATED (unpublished or latest version deprecated, still used; before
 * UPDATE_AVAILABLE), UNUSED (asset level only; before DEPRECATED).
 * Front matter is parsed with the `yaml` package; the `---` fences are found by hand (two lines).
 * *Assumed* (facts §5.13: limits and error handling beyond 400 are not documented): one template
 * per file (a JSON object with string `id` and `name`; `version` an integer, 1 when absent;
 * `deprecated` true or an object marks that version deprecated; `description` becomes the short
 * description); a README without front matter or `template`, a README naming no template part, a
 * template without a README, two templates with one id, or a template that is not such JSON →
 * 400 (knob ingestionPairsReadmes skips unpaired parts instead); an ingested asset is published
 * again; its `updated` changes on every ingestion that includes it.
 */
import { DOMParser } from '@xmldom/xmldom';
import { parse as parseYaml } from 'yaml';
import { isJsonObject } from '../../src/core/json.ts';
import { parseJson } from '../simulator/json.ts';
import { invalid } from './problem.ts';
import type { CatalogAssetRecord } from './records.ts';
import { isLive, type FileRecord, type HubStore } from './store.ts';
import type { HubBehaviour } from './knobs.ts';
import type { MultipartPart } from './types.ts';

export interface IngestedAsset {
  readonly resourceId: string;
  readonly name: string;
  readonly shortDescription: string | null;
  readonly category: string | null;
  readonly tags: string[];
  readonly version: number;
  readonly deprecated: boolean;
  readonly fileName: string;
  readonly readme: string;
}

interface FrontMatter {
  readonly template: string;
  readonly category: string | null;
  readonly tags: string[];
}

function frontMatter(readme: MultipartPart): FrontMatter | string {
  const lines = readme.content.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return `the README ${readme.filename || '(unnamed)'} has no YAML front matter`;
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end < 0) return `the front matter of the README ${readme.filename || '(unnamed)'} is not closed with ---`;
  let data: unknown;
  try {
    data = parseYaml(lines.slice(1, end).join('\n'));
  } catch (error) {
    return `the front matter of the README ${readme.filename || '(unnamed)'} is not YAML: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return `the front matter of the README ${readme.filename || '(unnamed)'} is not a mapping`;
  const entries = new Map<string, unknown>(Object.entries(data));
  const template = entries.get('template');
  if (typeof template !== 'string' || template.trim() === '')
    return `the front matter of the README ${readme.filename || '(unnamed)'} names no template`;
  const category = entries.get('category');
  const tags = entries.get('tags');
  return {
    template: template.trim(),
    category: typeof category === 'string' ? category : null,
    tags: Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : [],
  };
}

function templateOf(part: MultipartPart): Omit<IngestedAsset, 'category' | 'tags' | 'readme'> | string {
  let parsed;
  try {
    parsed = parseJson(part.content);
  } catch {
    return `the template ${part.filename || '(unnamed)'} is not JSON`;
  }
  if (!isJsonObject(parsed) || typeof parsed.id !== 'string' || parsed.id === '' || typeof parsed.name !== 'string') {
    return `the template ${part.filename || '(unnamed)'} is not an element template (a JSON object with id and name)`;
  }
  const version = typeof parsed.version === 'number' && Number.isInteger(parsed.version) ? parsed.version : 1;
  return {
    resourceId: parsed.id,
    name: parsed.name,
    shortDescription: typeof parsed.description === 'string' ? parsed.description : null,
    version,
    deprecated: parsed.deprecated === true || isJsonObject(parsed.deprecated),
    fileName: part.filename,
  };
}

/** The assets of an ingestion payload (README and template paired by the template's file name). */
export function readIngestion(parts: readonly MultipartPart[], hub: HubBehaviour): IngestedAsset[] {
  const problems: string[] = [];
  const readmes = parts.filter((p) => p.field === 'readme');
  const templates = parts.filter((p) => p.field === 'template');
  const byFile = new Map<string, { readme: MultipartPart; matter: FrontMatter }>();
  for (const readme of readmes) {
    const matter = frontMatter(readme);
    if (typeof matter === 'string') problems.push(matter);
    else if (!templates.some((t) => t.filename === matter.template))
      problems.push(
        `the README ${readme.filename || '(unnamed)'} names the template ${matter.template}, which is not in the request`,
      );
    else byFile.set(matter.template, { readme, matter });
  }
  const assets: IngestedAsset[] = [];
  for (const template of templates) {
    const pair = byFile.get(template.filename);
    const read = templateOf(template);
    if (typeof read === 'string') problems.push(read);
    else if (pair === undefined)
      problems.push(`the template ${template.filename || '(unnamed)'} has no README naming it`);
    else if (assets.some((a) => a.resourceId === read.resourceId))
      problems.push(`two templates have the id ${read.resourceId}`);
    else assets.push({ ...read, category: pair.matter.category, tags: pair.matter.tags, readme: pair.readme.content });
  }
  if (problems.length > 0 && hub.ingestionPairsReadmes)
    throw invalid(`The catalog assets cannot be ingested: ${problems.join('; ')}.`);
  return assets;
}

/** Applies an ingestion: upserts the given assets, unpublishes the missing ones (knob). */
export function ingest(store: HubStore, assets: readonly IngestedAsset[], hub: HubBehaviour): void {
  const now = store.now();
  const byResource = new Map([...store.catalog.values()].map((a) => [a.resourceId, a]));
  const seen = new Set<string>();
  for (const asset of assets) {
    seen.add(asset.resourceId);
    const existing = byResource.get(asset.resourceId);
    if (existing === undefined) {
      const record: CatalogAssetRecord = {
        key: store.newKey(),
        resourceId: asset.resourceId,
        name: asset.name,
        shortDescription: asset.shortDescription,
        category: asset.category,
        tags: [...asset.tags],
        versions: [{ version: asset.version, deprecated: asset.deprecated }],
        fileName: asset.fileName,
        readme: asset.readme,
        unpublished: false,
        created: now,
        updated: now,
      };
      store.catalog.set(record.key, record);
      continue;
    }
    const versions = existing.versions.filter((v) => v.version !== asset.version);
    Object.assign(existing, {
      name: asset.name,
      shortDescription: asset.shortDescription,
      category: asset.category,
      tags: [...asset.tags],
      versions: [...versions, { version: asset.version, deprecated: asset.deprecated }].sort(
        (a, b) => a.version - b.version,
      ),
      fileName: asset.fileName,
      readme: asset.readme,
      unpublished: false,
      updated: now,
    });
  }
  if (!hub.ingestionUnpublishesMissing) return;
  for (const asset of store.catalog.values()) {
    if (!seen.has(asset.resourceId) && !asset.unpublished) {
      asset.unpublished = true;
      asset.updated = now;
    }
  }
}

// ── usage ──

export type UsageStatus = 'UP_TO_DATE' | 'UPDATE_AVAILABLE' | 'DEPRECATED';

/** One file's use of one asset. */
export interface FileUsage {
  readonly file: FileRecord;
  readonly asset: CatalogAssetRecord;
  /** Ascending. */
  readonly usedVersions: number[];
}

export function latestVersion(asset: CatalogAssetRecord): number {
  return asset.versions.at(-1)?.version ?? 1;
}

/** The status of a use of an asset with these versions (UNUSED is the asset level's). */
export function usageStatus(asset: CatalogAssetRecord, usedVersions: readonly number[]): UsageStatus {
  const latest = asset.versions.at(-1);
  if (asset.unpublished || latest?.deprecated === true) return 'DEPRECATED';
  return usedVersions.every((v) => v === latestVersion(asset)) ? 'UP_TO_DATE' : 'UPDATE_AVAILABLE';
}

/** Template id → versions used in one BPMN content. */
function templatesUsed(content: string): Map<string, Set<number>> {
  const used = new Map<string, Set<number>>();
  let doc;
  try {
    doc = new DOMParser({ onError: () => undefined }).parseFromString(content, 'text/xml');
  } catch {
    return used;
  }
  for (const element of Array.from(doc.getElementsByTagName('*'))) {
    let id: string | undefined;
    let version = 1;
    for (const attribute of Array.from(element.attributes)) {
      if (attribute.localName === 'modelerTemplate') id = attribute.value;
      if (attribute.localName === 'modelerTemplateVersion' && /^\d+$/.test(attribute.value))
        version = Number(attribute.value);
    }
    if (id === undefined || id === '') continue;
    const versions = used.get(id) ?? new Set<number>();
    versions.add(version);
    used.set(id, versions);
  }
  return used;
}

/** Every use of a catalog asset by a live BPMN file of a live project, in file creation order. */
export function fileUsages(store: HubStore): FileUsage[] {
  const byResource = new Map([...store.catalog.values()].map((a) => [a.resourceId, a]));
  const out: FileUsage[] = [];
  for (const file of store.files.values()) {
    const project = store.projects.get(file.projectKey);
    if (!isLive(file) || file.type !== 'bpmn' || project === undefined || !isLive(project)) continue;
    for (const [resourceId, versions] of templatesUsed(file.content)) {
      const asset = byResource.get(resourceId);
      if (asset !== undefined) out.push({ file, asset, usedVersions: [...versions].sort((a, b) => a - b) });
    }
  }
  return out;
}

/** The uses grouped by project: project key → ascending versions. */
export function projectVersions(usages: readonly FileUsage[]): Map<string, number[]> {
  const out = new Map<string, Set<number>>();
  for (const u of usages) {
    const versions = out.get(u.file.projectKey) ?? new Set<number>();
    for (const v of u.usedVersions) versions.add(v);
    out.set(u.file.projectKey, versions);
  }
  return new Map([...out].map(([k, v]) => [k, [...v].sort((a, b) => a - b)]));
}
