import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** Key facts run in the background's service worker, which has no DOM: their tests run without one too (and skip
 * jsdom's ~0.6 s set-up per file, ~30 s of a CI run). */
const WITHOUT_DOM = ['tests/unit/keyfacts/**/*.test.ts'];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    setupFiles: ['tests/unit/setup.ts'],
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'reports/unit.json' }]] : ['default'],
    projects: [
      // jsdom: DOMPurify does not work correctly on happy-dom (it let scripts through in our tests).
      { extends: true, test: { name: 'dom', include: ['tests/unit/**/*.test.{ts,tsx}'], exclude: WITHOUT_DOM, environment: 'jsdom' } },
      { extends: true, test: { name: 'no-dom', include: WITHOUT_DOM, environment: 'node' } },
    ],
  },
});
