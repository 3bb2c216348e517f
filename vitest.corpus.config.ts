import { defineConfig } from 'vitest/config';

// Runs the engine over the 130 real pages of ../shared/corpus/readability, read in place.
export default defineConfig({
  test: {
    include: ['tests/corpus/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
