import { defineConfig } from 'tsup';

// Two builds. ESM: the library, the CLI module and the `antq` binary share their code through
// chunks (code splitting). CJS: the library and the CLI module for `require`, sharing chunks too.
// The worker thread that reads CSV segments (`threads`) is an entry of its own in both builds,
// found next to the code that starts it (dist/csvWorker.js, dist/csvWorker.cjs).
// No source maps: the sources are not in the package, so maps would point at nothing.
const common = {
  sourcemap: false,
  target: 'node20',
  treeshake: true,
  splitting: true,
  outDir: 'dist',
  tsconfig: 'tsconfig.build.json',
} as const;

export default defineConfig([
  {
    ...common,
    entry: { index: 'src/index.ts', cli: 'src/cli/index.ts', sql: 'src/sql/index.ts', 'cli/bin': 'src/cli/bin.ts', csvWorker: 'src/import/internal/csvWorker.ts' },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts', cli: 'src/cli/index.ts', sql: 'src/sql/index.ts' } },
    clean: true,
  },
  {
    ...common,
    entry: { index: 'src/index.ts', cli: 'src/cli/index.ts', sql: 'src/sql/index.ts', csvWorker: 'src/import/internal/csvWorker.ts' },
    format: ['cjs'],
    // The CommonJS files find the worker from `__dirname`: no `import.meta` (whose CommonJS stand-in
    // would require Node's `url` module in every bundle of the library).
    define: { 'import.meta.url': '""' },
    dts: { entry: { index: 'src/index.ts', cli: 'src/cli/index.ts', sql: 'src/sql/index.ts' } },
    clean: false,
  },
]);
