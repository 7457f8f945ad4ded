/**
 * `npm run reference:table [file]`: rewrites the fault table of reference/README.md (or of the
 * given Markdown file) from the catalog, leaving the rest of the file as it is. After adding or
 * changing a fault, run it and commit the README with the fault. A missing file or a file without
 * a fault table: one line on stderr, exit 2.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FAULTS, withFaultTable } from './catalog.ts';

const file = process.argv[2] ?? join(import.meta.dirname, '..', 'README.md');
const shown = relative(process.cwd(), file);
try {
  const before = readFileSync(file, 'utf8');
  const after = withFaultTable(before);
  if (after === before) {
    console.log(`${shown}: the fault table is up to date (${String(FAULTS.length)} faults)`);
  } else {
    writeFileSync(file, after);
    console.log(`${shown}: fault table rewritten (${String(FAULTS.length)} faults)`);
  }
} catch (error) {
  const reason =
    error instanceof Error && 'code' in error && error.code === 'ENOENT'
      ? 'does not exist'
      : error instanceof Error
        ? error.message
        : String(error);
  console.error(`wm-conformance: ${shown}: ${reason}`);
  process.exitCode = 2;
}
