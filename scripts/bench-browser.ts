// The benchmarks' Chromium with the built extension, and the library page's import control.
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { execFileSync, execSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { LIBRARY_PAINTED, LIBRARY_PHASES, LIBRARY_QUERY, PHASE_PREFIX } from '../utils/perf-marks';
import { CHROMIUM, CHROMIUM_FLAGS, extensionArgs } from '../tests/e2e/fixtures';

/** Headless Chromium with the extension at `build`; `profile` keeps its data between launches ('' = a fresh one). */
export async function launch(build: string, profile = ''): Promise<{ context: BrowserContext; extensionId: string }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    acceptDownloads: true,
    args: ['--headless=new', ...CHROMIUM_FLAGS, ...extensionArgs(build)],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host };
}

/** The e2e build of git `ref` (its committed sources, this checkout's node_modules), made under `work`; returns its folder. */
export function buildRef(ref: string, work: string): string {
  const root = path.resolve(import.meta.dirname, '..');
  const dir = path.join(work, 'previous');
  mkdirSync(dir);
  execSync(`git archive ${ref} | tar -x -C ${JSON.stringify(dir)}`, { cwd: root, stdio: 'inherit', shell: '/bin/bash' });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: dir, stdio: 'ignore' });
  return path.join(dir, '.output/chrome-mv3-e2e');
}

/** Opens the library and waits for its first page painted; returns the ms from navigation to that paint. */
export async function openLibrary(page: Page, extensionId: string): Promise<number> {
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, LIBRARY_PAINTED, { timeout: 600_000 });
  return page.evaluate((m) => performance.getEntriesByName(m)[0]!.startTime, LIBRARY_PAINTED);
}

/** Imports a file through the library's Import control; ms from choosing it to the outcome shown. */
export async function importFile(page: Page, file: string): Promise<number> {
  const start = Date.now();
  await page.locator('input[type=file]').setInputFiles(file);
  // Builds with the Import preview ask for a confirmation first (an older build, as bench:migration runs, does not).
  const confirm = page.getByRole('dialog').getByRole('button', { name: /^Import [\d,]+$/ });
  const outcome = page.locator('.cr-notice').filter({ hasText: /Imported|Nothing was imported/ });
  await Promise.race([confirm.waitFor({ timeout: 600_000 }), outcome.waitFor({ timeout: 600_000 })]);
  if (await confirm.isVisible()) await confirm.click();
  await page.locator('.cr-notice').filter({ hasText: /Imported|Nothing was imported/ }).waitFor({ timeout: 600_000 });
  const text = await page.locator('.cr-notice').innerText();
  if (!text.startsWith('Imported')) throw new Error(text);
  return Date.now() - start;
}

/** The phase totals (utils/perf-marks.ts `phaseClock`) a page or the service worker recorded since last asked, as "task: phase" → ms. */
export async function takePhases(target: Page | Worker): Promise<Array<[string, number]>> {
  const take = (prefix: string) => {
    const found = performance.getEntriesByType('measure').filter((e) => e.name.startsWith(prefix));
    for (const name of new Set(found.map((e) => e.name))) performance.clearMeasures(name);
    return found.map((e): [string, number] => [e.name.slice(prefix.length).replace(':', ': '), e.duration]);
  };
  return 'goto' in target ? target.evaluate(take, PHASE_PREFIX) : target.evaluate(take, PHASE_PREFIX);
}

/**
 * Runs an action that starts a library query for `key` = `value` (a search, a tag filter); ms from the query's
 * start to its results painted (the library's own LIBRARY_QUERY measure of that query, not another one that a
 * refresh started meanwhile), and the count the library then shows (waited for: a phrase's comes after the paint).
 */
export async function timeLibraryQuery(page: Page, act: () => Promise<unknown>, key: 'search' | 'tag', value: string): Promise<{ ms: number; total: number }> {
  const before = await page.evaluate((m) => performance.getEntriesByName(m).length, LIBRARY_QUERY);
  await act();
  const handle = await page.waitForFunction(
    ({ m, before, key, value }) => {
      const hit = performance.getEntriesByName(m).slice(before).find((e) => (e as PerformanceMeasure).detail?.[key] === value);
      return hit ? hit.duration : false;
    },
    { m: LIBRARY_QUERY, before, key, value },
    { timeout: 30_000, polling: 5 },
  );
  const ms = (await handle.jsonValue()) as number;
  // A phrase search's count comes after its page is painted (LibraryPage.count): the line is empty until then. With
  // no results there is no count, the empty line instead.
  await page.waitForFunction(() => (document.querySelector('.cr-lib-count')?.textContent ?? '').trim() !== '' || document.querySelector('.cr-lib-empty'),
    undefined, { timeout: 30_000, polling: 5 });
  const count = page.locator('.cr-lib-count');
  const total = (await count.count()) ? Number((await count.innerText()).split(' of ').at(-1)!.replace(/\D/g, '')) || 0 : 0;
  return { ms, total };
}

/** Reloads the library and, once its first page is painted, searches `word`: ms from the query's start to its results painted. */
export async function firstSearch(page: Page, word: string): Promise<number> {
  await page.reload();
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, LIBRARY_PAINTED, { timeout: 60_000 });
  return (await timeLibraryQuery(page, () => page.getByRole('searchbox').fill(word), 'search', word)).ms;
}

/** The library's first page after a (re)load, step by step: ms to its first script, then between the marks of `LIBRARY_PHASES`. */
export async function firstPageSteps(page: Page): Promise<Array<[string, number]>> {
  const at = await page.evaluate((names) => names.map((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN), Object.values(LIBRARY_PHASES));
  const [script, opened, read, painted] = at as [number, number, number, number];
  return [['navigation → library script runs', script], ['→ database open', opened - script], ['→ first page read', read - Math.max(opened, script)],
    ['→ painted (render, next frame)', painted - read]];
}
