import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in Chromium (and, under tests/e2e/firefox, Firefox ESR): one file at a time, generous timeouts.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
