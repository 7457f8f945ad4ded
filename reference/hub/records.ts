/**
 * Records of the resource groups that came with the 8.10 release of the Hub API v2 (facts §2.1,
 * §2.2): project snapshots with their review requests and reviews, environments and their
 * workspace assignments, cluster registrations, catalog assets. They live in the same store as
 * workspaces, projects, folders and files (store.ts), in the Hub's own terms.
 */
import type { UserRef } from '../simulator/store.ts';

/** One file as a project snapshot captured it: a version of the file plus its name and place at that moment. */
export interface SnapshotFileEntry {
  readonly versionKey: string;
  readonly fileKey: string;
  readonly fileName: string;
  readonly fileType: string;
  /** Folder names from the project root, "/"-joined ("/" inside a name → "_"); null at the root. */
  readonly folderPath: string | null;
  /** Folder keys parallel to folderPath; null at the root. */
  readonly folderIdPath: string | null;
  readonly content: string;
  readonly contentHash: string;
  readonly name: string;
  readonly description: string | null;
  readonly organizationPublic: boolean;
  readonly created: number;
  readonly createdBy: UserRef | null;
}

export interface ReviewRequestRecord {
  readonly key: string;
  readonly created: number;
  readonly createdBy: UserRef;
  /** A later request on another snapshot of the same project superseded this one. */
  superseded: boolean;
}

export interface ReviewRecord {
  readonly key: string;
  readonly status: 'APPROVED' | 'CHANGES_REQUESTED';
  readonly comment: string | null;
  readonly created: number;
  readonly createdBy: UserRef;
}

export interface ProjectSnapshotRecord {
  readonly key: string;
  readonly projectKey: string;
  name: string;
  description: string | null;
  readonly created: number;
  readonly createdBy: UserRef;
  updated: number;
  updatedBy: UserRef;
  /** Ordered by file name. */
  files: SnapshotFileEntry[];
  /** The one review request the snapshot ever had (null: none yet). */
  reviewRequest: ReviewRequestRecord | null;
  readonly reviews: ReviewRecord[];
}

export interface EnvironmentApplicationRecord {
  readonly type: string;
  readonly name: string;
  readonly webappUrl: string;
  readonly overridden: boolean;
}

export interface EnvironmentRecord {
  readonly id: string;
  readonly name: string;
  readonly targetType: 'PHYSICAL_TENANT_BACKED' | 'CLUSTER_BACKED';
  readonly tags: readonly string[];
  readonly clusterId: string;
  readonly clusterName: string;
  readonly clusterVersion: string | null;
  readonly physicalTenantId: string | null;
  readonly runtimeState: 'HEALTHY' | 'UNHEALTHY' | 'PAUSED' | 'RESUMING' | 'UNKNOWN';
  readonly discoveryState: 'ACTIVE' | 'NOT_REPORTED';
  readonly applications: readonly EnvironmentApplicationRecord[];
}

export interface ClusterRecord {
  readonly id: string;
  name: string;
  version: string;
  license: { validLicense: boolean; licenseType: string; isCommercial: boolean | null; expiresAt: string | null };
  profiles: readonly string[];
  properties: Readonly<Record<string, string>>;
  readonly registered: number;
  updated: number;
}

export interface CatalogAssetVersion {
  readonly version: number;
  readonly deprecated: boolean;
}

export interface CatalogAssetRecord {
  readonly key: string;
  /** The element template's `id`. */
  readonly resourceId: string;
  name: string;
  shortDescription: string | null;
  category: string | null;
  tags: string[];
  /** The template versions ingested so far, ascending. */
  versions: CatalogAssetVersion[];
  /** The template file name the last ingestion gave. */
  fileName: string;
  readme: string;
  unpublished: boolean;
  readonly created: number;
  updated: number;
}
