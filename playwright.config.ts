import { defineConfig } from '@playwright/test';

// Browser tests drive the built extension (.output/chrome-mv3) in Debian's Chromium, or in
// $CHROMIUM_PATH. `npm run test:e2e` builds first.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'off' },
});
