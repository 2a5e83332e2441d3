/**
 * The pipeline's structure, checked in CI (`npm run check:structure`): every
 * folder of src/ sits on one layer, a module imports only from its own layer
 * or the layers below, and nothing imports in a circle. A new folder must be
 * given a layer here before it can be imported (see docs/architecture.md).
 */
// Lowest first. Folders on one line are peers: they may not import each other in a circle.
const LAYERS = [
  ['text'],
  // rounding sits beside errors: its public function refuses an argument of the wrong kind with a usage error.
  ['errors', 'serialize', 'rounding'],
  ['model'],
  ['syntax', 'load'],
  ['resolve', 'compile'],
  ['evaluate', 'explain'],
  ['input', 'bundled'],
  ['batch'],
  ['grade'],
  ['suite', 'compare'],
  ['diff', 'report'],
  ['cli', 'studio', 'index.ts', 'browser.ts'],
];

const known = LAYERS.flat().map((f) => f.replace('.', '\\.'));
const above = (i) =>
  LAYERS.slice(i + 1)
    .flat()
    .map((f) => f.replace('.', '\\.'));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other in a circle cannot be read in pipeline order.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-unplaced-folder',
      severity: 'error',
      comment: 'Every folder of src/ has a layer in .dependency-cruiser.cjs.',
      from: { path: '^src/' },
      to: { path: '^src/', pathNot: `^src/(${known.join('|')})(/|$)` },
    },
    ...LAYERS.slice(0, -1).map((folders, i) => ({
      name: `no-import-up-from-${folders.join('-')}`,
      severity: 'error',
      comment: `${folders.join(', ')} may import only from their own layer or below.`,
      from: { path: `^src/(${folders.map((f) => f.replace('.', '\\.')).join('|')})(/|$)` },
      to: { path: `^src/(${above(i).join('|')})(/|$)` },
    })),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
