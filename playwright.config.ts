import { defineConfig } from '@playwright/test';

// Chromium runs one test at a time: two cores, and each test shares the extension's browser.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: process.env.CLEAN_READER_OUT ? `${process.env.CLEAN_READER_OUT}/test-results` : 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]] : 'list',
});
