/**
 * The layer check (`npm run deps`, .dependency-cruiser.mjs): it passes on the real tree, and in a
 * small temporary tree it fails, naming the rule and both files, on each kind of violation it
 * exists for (an upward import, reference/ importing src/ beyond src/core, an import cycle, a
 * folder in no layer), while a test file may import anything.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');
const DEPCRUISE = join(ROOT, 'node_modules', '.bin', 'depcruise');
const CONFIG = join(ROOT, '.dependency-cruiser.mjs');

function cruise(cwd: string, folders: readonly string[]): { status: number | null; output: string } {
  const run = spawnSync(DEPCRUISE, ['--config', CONFIG, '--output-type', 'err-long', ...folders], {
    cwd,
    encoding: 'utf8',
    timeout: 90_000,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: run.status, output: stripVTControlCharacters(`${run.stdout}${run.stderr}`) };
}

/** A tree of `files` (path → source) with the project's compiler options, cruised from its root. */
function cruiseTree(files: Readonly<Record<string, string>>): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'wmct-deps-'));
  try {
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          allowImportingTsExtensions: true,
          noEmit: true,
        },
      }),
    );
    for (const [path, source] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), source);
    }
    const folders = [...new Set(Object.keys(files).map((path) => path.split('/')[0] ?? path))];
    return cruise(dir, folders);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const LEAF = 'export const value = 1;\n';

test('the real tree has no cycle and no upward import', () => {
  test.setTimeout(120_000);
  const { status, output } = cruise(ROOT, ['src', 'reference', 'specs', 'test']);
  expect(output).toContain('no dependency violations found');
  expect(status).toBe(0);
});

test('an upward import fails, naming the layer, both files and what the layer may import', () => {
  const { status, output } = cruiseTree({
    'src/core/words.ts': "import { value } from '../run/state.ts';\nexport const words = value;\n",
    'src/run/state.ts': LEAF,
  });
  expect(status).not.toBe(0);
  expect(output).toContain('error layer-src/core: src/core/words.ts → src/run/state.ts');
  expect(output).toContain('An upward import: src/core may import only');
});

test('reference/ may import src/core and nothing else of src/', () => {
  const { status, output } = cruiseTree({
    'reference/sim.ts':
      "import { value } from '../src/core/json.ts';\nimport { config } from '../src/config/load.ts';\nexport const both = [value, config];\n",
    'src/core/json.ts': LEAF,
    'src/config/load.ts': 'export const config = 2;\n',
  });
  expect(status).not.toBe(0);
  expect(output).toContain('error layer-reference: reference/sim.ts → src/config/load.ts');
  expect(output).not.toContain('src/core/json.ts');
});

test('an import cycle fails, even inside one folder', () => {
  const { status, output } = cruiseTree({
    'src/plan/a.ts': "import { b } from './b.ts';\nexport const a = (): number => b();\n",
    'src/plan/b.ts': "import { a } from './a.ts';\nexport const b = (): number => a();\n",
  });
  expect(status).not.toBe(0);
  expect(output).toContain('error no-cycle: src/plan/a.ts');
  expect(output).toContain('An import cycle');
});

test('a folder in no layer fails until it is added to the layers', () => {
  const { status, output } = cruiseTree({
    'src/newfolder/thing.ts': "import { value } from '../core/json.ts';\nexport const thing = value;\n",
    'src/core/json.ts': LEAF,
  });
  expect(status).not.toBe(0);
  expect(output).toContain('error layer-unknown-folder: src/newfolder/thing.ts');
});

test('a test file may import any layer', () => {
  const { status, output } = cruiseTree({
    'src/core/words.test.ts': "import { value } from '../cli/main.ts';\nexport const seen = value;\n",
    'src/cli/main.ts': LEAF,
  });
  expect(output).toContain('no dependency violations found');
  expect(status).toBe(0);
});
