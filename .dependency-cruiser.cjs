/**
 * Architecture rules for `src/` (run by `npm run lint:arch`, part of `npm test`).
 *
 * LAYERS is the one place the intended direction is written down: a module may import modules
 * of its own layer or of a lower one (earlier in the list), never a higher one. On top of that:
 * no import cycles, and `src/<module>/internal/**` is private to `src/<module>/`.
 * Tests are not cruised: they may reach any file they test.
 */

/** Lowest first. Each entry is one layer: the top-level folders of `src/` it holds. */
const LAYERS = [
  ['errors', 'text'], // issues, errors, Unicode text primitives
  ['quantity', 'period'], // quantities, qualifiers, units of measure; calendar and periods
  ['viNumber', 'viDate'], // Vietnamese numbers and dates (read and write)
  ['schema'], // zod schemas of the domain records
  ['catalogue'], // the indicator catalogue and its checks
  ['table'], // figures in columns (dictionary-encoded), below validation and the engine
  ['validate', 'io', 'units'], // validation; CSV/NDJSON/JSON text IO; administrative-unit history
  ['import'], // reading figure tables: io + validation
  ['engine'], // aggregation
  ['compare'], // period comparisons
  ['report', 'extract'], // reports; figures extracted from prose
  ['cli', 'sql'], // shells over the public API
];

const KNOWN = LAYERS.flat();
const group = (mods) => `^src/(${mods.join('|')})/`;

const layerRules = LAYERS.slice(0, -1).map((mods, i) => ({
  name: `layer-${mods.join('-')}`,
  comment: `${mods.join(', ')} may not import a higher layer (${LAYERS.slice(i + 1).flat().join(', ')}); see LAYERS in .dependency-cruiser.cjs`,
  severity: 'error',
  from: { path: group(mods) },
  to: { path: group(LAYERS.slice(i + 1).flat()) },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Import cycles make the data path read in both directions; cut the cycle by moving the shared piece down.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-foreign-internal',
      comment: "src/<module>/internal/ is private to src/<module>/: import the module's own files instead.",
      severity: 'error',
      from: { path: '^src/([^/]+)/' },
      to: { path: '^src/[^/]+/internal/', pathNot: '^src/$1/internal/' },
    },
    {
      name: 'no-index-import',
      comment: 'src/index.ts is the public list for users; library files import the defining file.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/index\\.ts$' },
      to: { path: '^src/index\\.ts$' },
    },
    ...layerRules,
    {
      name: 'module-in-layers',
      comment: `Every top-level folder of src/ must be placed in LAYERS (known: ${KNOWN.join(', ')}).`,
      severity: 'error',
      from: { path: '^src/', pathNot: `^src/(index\\.ts$|(${KNOWN.join('|')})/)` },
      to: {},
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
    {
      name: 'not-to-dev-dep',
      comment: 'Shipped code may import only dependencies and peer dependencies.',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only', 'npm', 'npm-peer'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
