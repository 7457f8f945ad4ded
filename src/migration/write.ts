/**
 * Writes the migration report: `migration.json` (the data) and `index.html` (rendered from it
 * only), both passed through redaction, into `<reports>/migration/`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { redactText } from '../core/redact.ts';
import { renderMigrationPage } from './page.ts';
import type { MigrationReport } from './report.ts';

/** The folder under the reports folder (the compliance page links `../migration/index.html` when its JSON exists). */
export const MIGRATION_FOLDER = 'migration';

export function writeMigrationReport(report: MigrationReport, reportsDir: string): { json: string; page: string } {
  const dir = join(reportsDir, MIGRATION_FOLDER);
  mkdirSync(dir, { recursive: true });
  const json = join(dir, 'migration.json');
  const page = join(dir, 'index.html');
  writeFileSync(json, redactText(`${JSON.stringify(report, null, 2)}\n`));
  writeFileSync(page, redactText(renderMigrationPage(report)));
  return { json, page };
}
