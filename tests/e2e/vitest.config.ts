import { defineConfig } from 'vitest/config';

// Real Chromium with the built extension. One file at a time: each starts a browser, and CI has 2 cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/build-once.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
