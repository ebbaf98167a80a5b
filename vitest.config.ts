import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // jsdom: DOMPurify does not work correctly on happy-dom (it let scripts through in our tests).
    environment: 'jsdom',
    setupFiles: ['tests/unit/setup.ts'],
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'reports/unit.json' }]] : ['default'],
  },
});
