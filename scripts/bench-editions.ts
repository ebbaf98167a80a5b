// `npm run build:e2e && tsx scripts/bench-editions.ts [-- --from REF --seed N --rounds N --per N --after-first]`: the look-up of a
// page's clipping under any edition of its address, A/B against the build of git REF (default main), interleaved.
// Each build gets its own Chromium and profile: a library of SEED clippings (a backup), then a generated
// 20,000-item Pocket export (link only, through the library's preview; timed: issue #13's 15 s), so ~30,000
// clippings. Then ROUNDS rounds, the builds in turns (the order alternating), each timing PER of each, through the
// background as the popup sends them: `find-clipping` for a page whose link Pocket kept under another edition, for
// a page not in the library, `save-clipping` of a new page, and of a page that fills in a Pocket link (under
// another edition of its address).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { backupText } from '../utils/clippings/backup';
import { defaultMarks, type Clipping, type ClippingDraft } from '../utils/clippings/types';
import { E2E_BUILD } from '../tests/e2e/fixtures';
import { buildRef, importFile, launch, openLibrary, takePhases } from './bench-browser';
import { TOPICS, writePocketExport } from './bench-imports';
import { argValue, percentile } from './bench-util';

const FROM = argValue('--from') ?? 'main';
const SEED = Number(argValue('--seed') ?? 10_000);
const ROUNDS = Number(argValue('--rounds') ?? 6);
const PER = Number(argValue('--per') ?? 10);
const work = mkdtempSync(path.join(tmpdir(), 'cr-bench-editions-'));
const load = () => loadavg()[0]!.toFixed(1);
const loadAtStart = load();

const builds = [{ name: `before (${FROM})`, dir: buildRef(FROM, work) }, { name: 'after (this build)', dir: E2E_BUILD }];
/** `--after-first`: this build imports its seed first and its Pocket export second (by default the other way round). */
const order = process.argv.includes('--after-first') ? [...builds].reverse() : builds;

/** A page's draft as the popup sends it: a short article. */
function draft(url: string, title: string): ClippingDraft {
  const text = `${title}. The harbour board met on Tuesday and agreed the new tide tables for the coming year.`;
  return { kind: 'article', url, canonicalUrl: url, title, byline: null, siteName: new URL(url).hostname, publishedTime: null, lang: 'en', dir: 'ltr',
    html: `<p>${text}</p>`, text, excerpt: text, wordCount: text.split(' ').length, textFragmentUrl: null };
}

const seedFile = path.join(work, 'seed.json');
writeFileSync(seedFile, backupText(Array.from({ length: SEED }, (_, i): Clipping => {
  const url = `https://seed${i % 50}.example/${TOPICS[i % TOPICS.length]}/story-${i}`;
  const savedAt = 1_600_000_000_000 + i * 60_000;
  return { ...draft(url, `Seed story ${i}`), id: i + 1, key: url, savedAt, tags: [], note: '', ...defaultMarks(savedAt) };
})));
const pocketFile = writePocketExport(work);
/** A Pocket item's page under another edition of the address Pocket kept (https://pocket.example/<topic>/article-<i>?utm_source=pocket). */
const pocketPage = (i: number) => `http://m.pocket.example/${TOPICS[i % TOPICS.length]}/article-${i}/amp`;

const results = new Map<string, number[]>();
const note = (build: string, measure: string, ms: number) => results.set(`${measure}\u0000${build}`, [...(results.get(`${measure}\u0000${build}`) ?? []), ms]);
/** The imports, as they end (a run that fails later still says them). */
const noteImport = (build: string, measure: string, s: number) => (note(build, measure, s), console.log(`${build}: ${measure}: ${s.toFixed(1)} (load ${load()})`));

const open: Array<{ name: string; page: Page; close: () => Promise<void> }> = [];
for (const build of order) {
  const { context, extensionId } = await launch(build.dir);
  const page = await context.newPage();
  await openLibrary(page, extensionId);
  // tsx names the functions of the timed code with a `__name` helper the page does not have.
  await page.evaluate('globalThis.__name = (f) => f');
  open.push({ name: build.name, page, close: () => context.close() });
}
for (const { name, page } of open) noteImport(name, `import a ${SEED.toLocaleString()}-clipping backup (s)`, (await importFile(page, seedFile)) / 1000);
// The Pocket imports in the other order, so neither build always goes second; where their time went (page, then background).
const phases: string[] = [];
for (const { name, page } of [...open].reverse()) {
  const worker = page.context().serviceWorkers()[0]!;
  await takePhases(page);
  await takePhases(worker);
  noteImport(name, 'import a 20,000-item Pocket export, link only (s)', (await importFile(page, pocketFile)) / 1000);
  for (const [phase, ms] of [...(await takePhases(page)), ...(await takePhases(worker))]) phases.push(`| ${name} | ${phase} | ${ms.toFixed(0)} |`);
}

for (let round = 0; round < ROUNDS; round++) {
  const first = round * PER;
  for (const { name, page } of round % 2 ? [...open].reverse() : open) {
    const hits = Array.from({ length: PER }, (_, i) => pocketPage(2 * (first + i)));
    const misses = Array.from({ length: PER }, (_, i) => `https://elsewhere.example/news/item-${round}-${i}`);
    const news = Array.from({ length: PER }, (_, i) => draft(`https://new.example/story-${round}-${i}`, `New story ${round} ${i}`));
    const fills = Array.from({ length: PER }, (_, i) => draft(pocketPage(2 * (first + i) + 1), `Filled ${first + i}`));
    const times = await page.evaluate(async ({ hits, misses, news, fills }) => {
      const timed = async (message: unknown, check: (reply: { ok: boolean; value?: unknown }) => boolean) => {
        const start = performance.now();
        const reply = await chrome.runtime.sendMessage(message);
        const ms = performance.now() - start;
        if (!check(reply)) throw new Error(`unexpected reply: ${JSON.stringify(reply).slice(0, 200)}`);
        return ms;
      };
      const out: Record<string, number[]> = { hit: [], miss: [], save: [], fill: [] };
      for (const url of hits) out.hit!.push(await timed({ type: 'find-clipping', url, canonicalUrl: url }, (r) => r.ok && r.value !== null));
      for (const url of misses) out.miss!.push(await timed({ type: 'find-clipping', url, canonicalUrl: url }, (r) => r.ok && r.value === null));
      for (const draft of news) out.save!.push(await timed({ type: 'save-clipping', draft }, (r) => r.ok && (r.value as { updated: boolean }).updated === false));
      for (const draft of fills) out.fill!.push(await timed({ type: 'save-clipping', draft }, (r) => r.ok && (r.value as { updated: boolean }).updated === true));
      return out;
    }, { hits, misses, news, fills });
    for (const ms of times.hit!) note(name, 'look-up: a page whose link Pocket kept under another edition', ms);
    for (const ms of times.miss!) note(name, 'look-up: a page not in the library', ms);
    for (const ms of times.save!) note(name, 'save a new page', ms);
    for (const ms of times.fill!) note(name, 'save a page that fills in a Pocket link (another edition)', ms);
  }
}
for (const { close } of open) await close();
rmSync(work, { recursive: true, force: true });

const measures = [...new Set([...results.keys()].map((k) => k.split('\u0000')[0]!))];
console.log(`Editions bench: ${SEED.toLocaleString()} + 20,000 clippings, ${ROUNDS} rounds × ${PER}, builds interleaved; load average ${loadAtStart} → ${load()}.\n`);
console.log(`| measure | ${builds.map((b) => `${b.name} median (p95)`).join(' | ')} | after / before |\n|---|---|---|---|`);
for (const measure of measures) {
  const [a, b] = builds.map((build) => results.get(`${measure}\u0000${build.name}`) ?? []);
  const fmt = (v: number[]) => `${percentile(v, 50).toFixed(1)} (${percentile(v, 95).toFixed(1)}), n=${v.length}`;
  console.log(`| ${measure} | ${fmt(a!)} | ${fmt(b!)} | ${(percentile(b!, 50) / percentile(a!, 50)).toFixed(2)}× |`);
}
console.log(`\nThe Pocket import, phase by phase:\n\n| build | phase | ms |\n|---|---|---|\n${phases.join('\n')}`);
