import { defineConfig } from 'vitest/config';

// Real Firefox (ESR) with the built extension, driven over WebDriver BiDi by puppeteer-core.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/firefox/**/*.firefox.ts'],
    globalSetup: ['tests/firefox/build-once.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
