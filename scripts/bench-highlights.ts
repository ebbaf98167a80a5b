/**
 * Re-anchoring benchmark, issue #12 target: 300 highlights on a 10,000-word article in ≤ 50 ms.
 * `npm run bench:highlights`: bundles scripts/bench-highlights-page.ts (esbuild, which tsx brings) and runs
 * it in Debian's Chromium, headless, where the reader runs. (jsdom is no measure here: one Range.setStart
 * there costs about 1 ms.)
 */
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const bundle = await build({
  entryPoints: [path.join(root, 'scripts/bench-highlights-page.ts')],
  bundle: true,
  format: 'iife',
  globalName: 'benchHighlights',
  write: false,
  alias: { '@': root },
});
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  const lines = await page.evaluate(() => (globalThis as unknown as { benchHighlights: { run: () => string[] } }).benchHighlights.run());
  console.log(`bench:highlights (Chromium ${browser.version()}):`);
  for (const line of lines) console.log(`  ${line}`);
} finally {
  await browser.close();
}
