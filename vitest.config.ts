import { availableParallelism } from 'node:os';
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
    // One test file per core. vitest's default for a run is one fewer (it keeps a core for its main process), which on
    // CI's two cores left one idle but for the transforms: each file already runs isolated in a fork of its own, so
    // two at once share no state; time bounds in the tests are stretched by the load (tests/unit/fuzz/config.ts).
    maxWorkers: availableParallelism(),
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'reports/unit.json' }]] : ['default'],
  },
});
