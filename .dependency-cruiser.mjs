// @ts-check
/**
 * The layer check (`npm run deps`, part of `npm run lint` and so of `npm test`), with
 * dependency-cruiser: no import cycle, and every folder imports only the folders below it in
 * LAYERS (docs/architecture.md explains each). Tests (`*.test.ts`), `specs/` and `test/` may
 * import anything.
 */

/** Bottom first: a folder may import the folders listed before it, never one listed after it. */
export const LAYERS = [
  'src/core',
  'reference',
  'src/config',
  'src/http',
  'src/document',
  'src/diff',
  'src/synth',
  'src/plan',
  'src/mutation',
  'src/auth',
  'src/checks',
  'src/api',
  'src/run',
  'src/ledger',
  'src/scenario',
  'src/report',
  'src/bench',
  'src/fixtures',
  'src/gate',
  'src/setup',
  'src/migration',
  'src/cli',
  'specs',
  'test',
];

const TESTS = '\\.test\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'An import cycle: break it by moving what both sides need into a lower layer.',
      from: {},
      to: { circular: true },
    },
    ...LAYERS.slice(0, -1).map((layer, i) => ({
      name: `layer-${layer}`,
      severity: /** @type {const} */ ('error'),
      comment: `An upward import: ${layer} may import only ${i === 0 ? 'node: modules and packages' : LAYERS.slice(0, i).join(', ')} (LAYERS in .dependency-cruiser.mjs).`,
      from: { path: `^${layer}/`, pathNot: TESTS },
      to: { path: `^(${LAYERS.slice(i + 1).join('|')})/` },
    })),
    {
      name: 'layer-unknown-folder',
      severity: 'error',
      comment: 'A folder that is in no layer: add it to LAYERS in .dependency-cruiser.mjs where it belongs.',
      from: { path: '^(src/[^/]+|[^/]+)/', pathNot: `^(${LAYERS.join('|')})/` },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
