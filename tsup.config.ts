import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli/index.ts', sql: 'src/sql/index.ts', 'cli/bin': 'src/cli/bin.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  treeshake: true,
  splitting: false,
  outDir: 'dist',
  tsconfig: 'tsconfig.build.json',
});
