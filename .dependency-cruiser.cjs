// Import rules, checked in CI (`npm run deps`). The layers, bottom to top: a module imports from
// its own layer or below, never above, so each layer can be read and tested without the ones on
// top of it. ARCHITECTURE.md (../shared) names the layers; README's map of the code says what each
// folder holds.
const LAYERS = [
  { name: 'model, values and words', paths: ['utils/model/', 'utils/values/', 'utils/words/'] },
  { name: 'page', paths: ['utils/page/'] },
  { name: 'checks and steps', paths: ['utils/checks/', 'utils/steps/'] },
  {
    name: 'assistant, storage, m365, queue, csv and utils/*.ts',
    // The files directly in utils/ (messaging, queries, download) serve the UI, beside storage.
    paths: [
      'utils/assistant/',
      'utils/storage/',
      'utils/m365/',
      'utils/queue/',
      'utils/csv/',
      'utils/[^/]+$',
    ],
  },
  { name: 'components', paths: ['components/'] },
  { name: 'entrypoints', paths: ['entrypoints/'] },
];

const anyOf = (paths) => `^(${paths.join('|')})`;

const upward = LAYERS.slice(0, -1).map((layer, index) => ({
  name: `no-import-above: ${layer.name}`,
  comment: `${layer.name} must not import from a layer above it: move what both need down instead.`,
  severity: 'error',
  from: { path: anyOf(layer.paths) },
  to: { path: anyOf(LAYERS.slice(index + 1).flatMap((above) => above.paths)) },
}));

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'no-unplaced-utils',
      comment: 'A new folder under utils/ gets its place in LAYERS first.',
      severity: 'error',
      from: { path: '^utils/', pathNot: anyOf(LAYERS.flatMap((layer) => layer.paths)) },
      to: {},
    },
    {
      name: 'no-circular',
      comment: 'No import cycles, type-only ones included: a cycle makes two modules one.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a type borrowed from above ties the layers as much as a value does.
    tsPreCompilationDeps: true,
  },
};
