/**
 * info-shape: `GET …/info` answers 200 with all six fields of the right types — `version` and
 * `authorizedOrganization` strings, the four permission flags booleans. A generation whose /info
 * has no flags (the Hub API v2: its document's answer schema has none) is judged on the two strings.
 */
import type { CheckDefinition, Verdict } from '../types.ts';
import type { JsonValue } from '../../core/json.ts';
import { isJsonObject } from '../../core/json.ts';
import type { Permission } from '../../core/domain.ts';

export interface InfoBody {
  readonly version: string;
  readonly authorizedOrganization: string;
  readonly createPermission: boolean;
  readonly readPermission: boolean;
  readonly updatePermission: boolean;
  readonly deletePermission: boolean;
}

/** The flag of /info that reports each permission. */
export const FLAG_OF: Readonly<
  Record<Permission, 'createPermission' | 'readPermission' | 'updatePermission' | 'deletePermission'>
> = {
  create: 'createPermission',
  read: 'readPermission',
  update: 'updatePermission',
  delete: 'deletePermission',
};

const STRING_FIELDS = ['version', 'authorizedOrganization'] as const;
const FLAG_FIELDS = Object.values(FLAG_OF);

function wrongFields(body: JsonValue | undefined, flags = true): string[] {
  if (!isJsonObject(body)) return ['the body is not a JSON object'];
  const wrong: string[] = [];
  for (const field of STRING_FIELDS) {
    if (!(field in body)) wrong.push(`\`${field}\` is missing`);
    else if (typeof body[field] !== 'string') wrong.push(`\`${field}\` is not a string`);
  }
  for (const field of flags ? FLAG_FIELDS : []) {
    if (!(field in body)) wrong.push(`\`${field}\` is missing`);
    else if (typeof body[field] !== 'boolean') wrong.push(`\`${field}\` is not a boolean`);
  }
  return wrong;
}

export function isInfoBody(body: JsonValue | undefined): body is JsonValue & InfoBody {
  return wrongFields(body).length === 0;
}

/** The two fields every generation's /info has. */
export type InfoCore = Pick<InfoBody, 'version' | 'authorizedOrganization'>;

export function isInfoCore(body: JsonValue | undefined): body is JsonValue & InfoCore {
  return wrongFields(body, false).length === 0;
}

export function judgeInfoShape(status: number, body: JsonValue | undefined, client: string, flags = true): Verdict {
  if (status !== 200)
    return {
      ok: false,
      message: `GET /info with the ${client} client answered ${status}`,
      expected: '200',
      actual: String(status),
    };
  const wrong = wrongFields(body, flags);
  if (wrong.length === 0) return { ok: true };
  return {
    ok: false,
    message: `GET /info with the ${client} client: ${wrong.join('; ')}`,
    expected: flags
      ? 'version, authorizedOrganization (strings) and four boolean permission flags'
      : 'version, authorizedOrganization (strings)',
    actual: JSON.stringify(body ?? null).slice(0, 200),
  };
}

/** An answer of GET /info, and the client that read it. */
export interface InfoAnswerSeen {
  readonly status: number;
  readonly body: JsonValue | undefined;
  readonly client: string;
  /** False: the generation's /info has no permission flags (the document's answer schema has none); default true. */
  readonly flags?: boolean;
}

export const infoShape: CheckDefinition<InfoAnswerSeen> = {
  id: 'info-shape',
  family: 'info',
  title: 'GET /info answers 200 with its six fields, rightly typed',
  judge: ({ status, body, client, flags }) => judgeInfoShape(status, body, client, flags),
};
