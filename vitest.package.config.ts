import { defineConfig } from 'vitest/config';

// The package smoke tests: slow (npm pack and install), run after the build.
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
