import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // jsdom: DOMPurify does not work correctly on happy-dom (it let scripts through in our tests). A file that needs no
    // DOM of the page's (pure logic, or one that makes its own JSDOM) says `// @vitest-environment node` on its first
    // line: jsdom's set-up for each file was ~36 % of the unit run (one worker on two cores), and nothing there reads it.
    environment: 'jsdom',
    setupFiles: ['tests/unit/setup.ts'],
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'reports/unit.json' }]] : ['default'],
  },
});
