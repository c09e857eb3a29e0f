import { defineConfig } from 'vitest/config';

// Browser tests in a real Firefox through WebDriver BiDi (tests/e2e-firefox); `npm run
// test:firefox` builds the add-on first. One file at a time: each launches its own Firefox.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
