/** The `GET …/info` answer per client (attachments `wmct-info`), one per client, in role order. */
import { compareClients } from './clients.ts';
import type { TestRecord } from './test-record.ts';
import type { InfoAttachment } from '../../core/attachments.ts';

/** The last answer seen per client; null when no test attached one (the info tests did not run). */
export function infoPerClient(tests: readonly TestRecord[]): InfoAttachment[] | null {
  const all = tests.flatMap((t) => t.info ?? []);
  if (all.length === 0) return null;
  const byClient = new Map<string, InfoAttachment>();
  for (const info of all) byClient.set(info.client, info);
  return [...byClient.values()].sort((a, b) => compareClients(a.client, b.client));
}
