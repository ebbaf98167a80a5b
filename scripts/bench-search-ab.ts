// `npx tsx scripts/bench-search-ab.ts --against DIR [--runs N --count N --pause MS]`: the library's searches in this checkout's
// e2e build (CLEAN_READER_OUT) and in another build (DIR: a chrome-mv3-e2e folder, e.g. main's), interleaved in one
// run on the same machine load: each build gets a profile and imports the bench:library seed; round after round, in
// alternating order, each build times its first page painted after a reload, the first search then (a word with hundreds
// of matches; after the Pocket import also a word of its older titles), `--pause` ms later (1 s) a quoted phrase, then a
// save through the background; a save 1 s after another reload (while the warm-up reads the order); `--settled` ms later
// (4 s: the order read) a quoted phrase, the seed's phrase with no match, a word, and a tag filter with that word; then each imports bench:library's
// 20,000-item Pocket export and the rounds are run again at ~30,000. Prints medians, the ratio of this build to the
// other, and load averages. The imports are one each, one build after the other: compare them with care; `--imports N`
// times only the Pocket import into an empty library, N times a build in alternating order; `--phrases N` times only the
// searches of every seed phrase at ~30,000, each pair of timings one after the other (see `phraseRounds`).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { E2E_BUILD } from '../tests/e2e/fixtures';
import { LIBRARY_PAINTED } from '../utils/perf-marks';
import { firstSearch, importFile, launch, openLibrary, timeLibraryQuery } from './bench-browser';
import { TOPICS, writePocketExport } from './bench-imports';
import { argValue, percentile } from './bench-util';

const ROOT = path.resolve(import.meta.dirname, '..');
const AGAINST = argValue('--against');
const RUNS = Number(argValue('--runs') ?? 12);
const COUNT = argValue('--count') ?? '10000';
/** Ms between the first search and the phrase (the warm-up read of the order starts 500 ms after a search's paint). */
const PAUSE = Number(argValue('--pause') ?? 1_000);
/** Ms after the save that follows an opening, for the warm-up to have read the order. */
const SETTLED = Number(argValue('--settled') ?? 4_000);
if (!AGAINST) throw new Error('Pass --against DIR (another chrome-mv3-e2e build).');
const work = mkdtempSync(path.join(tmpdir(), 'cr-bench-search-ab-'));
/** `--imports N`: only the import of the 20,000-item Pocket export into an empty library, N times a build, in alternating order. */
const IMPORTS = Number(argValue('--imports') ?? 0);
if (IMPORTS) {
  const pocket = writePocketExport(work);
  const ms: Record<string, number[]> = { against: [], this: [] };
  const loadsSeen = [loadavg()[0]!.toFixed(1)];
  for (let i = 0; i < IMPORTS; i++) {
    const order: Array<['this' | 'against', string]> = [['against', AGAINST], ['this', E2E_BUILD]];
    for (const [name, build] of i % 2 ? order.reverse() : order) {
      const copy = path.join(work, `${name}-${i}`);
      cpSync(path.resolve(build), copy, { recursive: true });
      const { context, extensionId } = await launch(copy, path.join(work, `${name}-${i}-profile`));
      const library = await context.newPage();
      await openLibrary(library, extensionId);
      ms[name]!.push(await importFile(library, pocket));
      await context.close();
      loadsSeen.push(loadavg()[0]!.toFixed(1));
    }
  }
  const median = (v: number[]) => percentile(v, 50);
  console.log(`Pocket import A/B, ${IMPORTS} rounds, load ${loadsSeen.join(' → ')}: against ${ms.against!.map((v) => (v / 1000).toFixed(2)).join(', ')} s; this ${ms.this!.map((v) => (v / 1000).toFixed(2)).join(', ')} s; medians ${(median(ms.against!) / 1000).toFixed(2)} → ${(median(ms.this!) / 1000).toFixed(2)} s (${(median(ms.this!) / median(ms.against!)).toFixed(3)}); per round ${ms.this!.map((v, i) => (v / ms.against![i]!).toFixed(3)).join(', ')}.`);
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}
const seed = path.join(work, 'seed.json');
execFileSync('npx', ['tsx', 'scripts/bench-library.ts', '--count', COUNT, '--write-seed', seed], { cwd: ROOT, stdio: 'ignore' });
const searches = JSON.parse(readFileSync(`${seed}.searches.json`, 'utf8')) as { words: string[]; phrases: string[] };
const words = searches.words;
/** The seed's phrases that occur, and its last one, which never does (its words never follow each other). */
const phrases = searches.phrases.slice(0, -1);
const noMatch = searches.phrases.at(-1)!;
/** Article texts to save (the corpus pages: ~330 distinct words and ~580 word pairs each). */
const seeded = (JSON.parse(readFileSync(seed, 'utf8')) as { clippings: Array<{ kind: string; text: string; tags?: string[] }> }).clippings;
const texts = [...new Set(seeded.filter((c) => c.kind === 'article').map((c) => c.text))];
const tags = [...new Set(seeded.flatMap((c) => c.tags ?? []))].sort();
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const loads = [load()];

interface Build { library: Page; ms: Map<string, number[]> }
const noteFor = (b: Build) => (what: string, ms: number) => b.ms.set(what, [...(b.ms.get(what) ?? []), ms]);

async function open(name: string, build: string): Promise<Build> {
  const copy = path.join(work, name);
  cpSync(build, copy, { recursive: true });
  const { context, extensionId } = await launch(copy, path.join(work, `${name}-profile`));
  const library = await context.newPage();
  await openLibrary(library, extensionId);
  const b = { library, ms: new Map() };
  noteFor(b)(`import the ${COUNT}-clipping seed`, await importFile(library, seed));
  return b;
}

/** Reloads the library; ms from navigation to its first page painted. */
async function reopen(page: Page): Promise<number> {
  await page.reload();
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, LIBRARY_PAINTED, { timeout: 60_000 });
  return page.evaluate((m) => performance.getEntriesByName(m)[0]!.startTime, LIBRARY_PAINTED);
}

/** A save of a new page through the background (the popup's path): message → stored → reply, in ms. */
function save(page: Page, n: string, text: string): Promise<number> {
  return page.evaluate(async ({ n, text }) => {
    const url = `https://ab.example/${n}`;
    const draft = { kind: 'article', url, canonicalUrl: url, title: `A/B save ${n}`, byline: null, siteName: 'AB', publishedTime: null, lang: 'en', dir: 'ltr',
      html: `<p>${text}</p>`, text, excerpt: 'x', wordCount: 1000, textFragmentUrl: null };
    const start = performance.now();
    const reply = await chrome.runtime.sendMessage({ type: 'save-clipping', draft });
    if (!reply?.ok) throw new Error(`save failed: ${JSON.stringify(reply)}`);
    return performance.now() - start;
  }, { n, text });
}

const search = async (page: Page, value: string) => (await timeLibraryQuery(page, () => page.getByRole('searchbox').fill(value), 'search', value)).ms;

async function rounds(builds: Build[], at: string, pocketWords = false): Promise<void> {
  for (let i = 0; i < RUNS; i++) {
    for (const b of i % 2 ? [...builds].reverse() : builds) {
      const note = noteFor(b);
      const page = b.library;
      note(`${at}: first page painted`, await reopen(page));
      note(`${at}: first search after the library opens (a word)`, await search(page, words[i % words.length]!));
      if (pocketWords) note(`${at}: first search after the library opens (a word of the older Pocket titles)`, await firstSearch(page, TOPICS[i % TOPICS.length]!));
      await page.waitForTimeout(PAUSE);
      note(`${at}: a quoted phrase ${PAUSE} ms after the first search`, await search(page, `"${phrases[i % phrases.length]!}"`));
      note(`${at}: save after that`, await save(page, `${at}-${i}`, texts[(i * 7) % texts.length]!));
      await reopen(page);
      await page.waitForTimeout(1_000);
      note(`${at}: save 1 s after the library opens`, await save(page, `${at}-${i}-open`, texts[(i * 11) % texts.length]!));
      // The warm-up has read the order by now: the searches every later query makes.
      await page.waitForTimeout(SETTLED);
      note(`${at}: a quoted phrase, the order read`, await search(page, `"${phrases[(i + 5) % phrases.length]!}"`));
      note(`${at}: the phrase with no match, the order read`, await search(page, `"${noMatch}"`));
      note(`${at}: a word, the order read`, await search(page, words[(i + 3) % words.length]!));
      const tag = tags[i % tags.length]!;
      note(`${at}: a tag filter with that word`, (await timeLibraryQuery(page, () => page.getByLabel('Tag', { exact: true }).selectOption(tag), 'tag', tag)).ms);
      await timeLibraryQuery(page, () => page.getByLabel('Tag', { exact: true }).selectOption(''), 'tag', '');
      await search(page, '');
    }
  }
}

/**
 * `--phrases N`: at ~30,000 clippings only, every phrase of the seed (the no-match one too) and a word, N rounds; each
 * search is timed in both builds one after the other (in alternating order), after an empty search and a pause, so
 * each pair of timings shares the machine's load: prints each phrase's medians and the median of the per-pair ratios.
 */
const PHRASE_ROUNDS = Number(argValue('--phrases') ?? 0);
async function phraseRounds(builds: Build[]): Promise<void> {
  const all = [...phrases.map((p) => `"${p}"`), `"${noMatch}"`, words[0]!];
  const ratios = new Map<string, number[]>();
  for (let i = 0; i < PHRASE_ROUNDS; i++) {
    for (const [k, value] of all.entries()) {
      const pair: number[] = [];
      for (const b of (i + k) % 2 ? [...builds].reverse() : builds) {
        if (await b.library.getByRole('searchbox').inputValue()) await search(b.library, '');
        await b.library.waitForTimeout(300);
        const ms = await search(b.library, value);
        noteFor(b)(value, ms);
        pair[builds.indexOf(b)] = ms;
      }
      ratios.set(value, [...(ratios.get(value) ?? []), pair[1]! / pair[0]!]);
    }
  }
  console.log(`Phrase A/B at ${Number(COUNT).toLocaleString()} + 20,000, ${PHRASE_ROUNDS} rounds; load ${loads.join(' → ')} → ${load()}.\n`);
  console.log('| search | against: median | this: median | median of the pairs\' ratios |\n|---|---|---|---|');
  const every: number[] = [];
  for (const value of all) {
    const [a, b] = builds.map((x) => x.ms.get(value)!);
    every.push(...ratios.get(value)!);
    console.log(`| ${value} | ${percentile(a!, 50).toFixed(1)} ms | ${percentile(b!, 50).toFixed(1)} ms | ${percentile(ratios.get(value)!, 50).toFixed(2)} |`);
  }
  console.log(`\nAll pairs: median ratio ${percentile(every, 50).toFixed(3)} (${every.length} pairs).`);
}

const builds = [await open('against', path.resolve(AGAINST)), await open('this', E2E_BUILD)];
loads.push(load());
if (PHRASE_ROUNDS) {
  const pocket = writePocketExport(work);
  for (const b of builds) noteFor(b)('import the 20,000-item Pocket export', await importFile(b.library, pocket));
  for (const b of builds) await reopen(b.library);
  await phraseRounds(builds);
  for (const b of builds) await b.library.context().close();
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}
await rounds(builds, COUNT);
loads.push(load());
const pocket = writePocketExport(work);
for (const b of builds) noteFor(b)('import the 20,000-item Pocket export', await importFile(b.library, pocket));
loads.push(load());
await rounds(builds, `${COUNT} + 20,000`, true);
loads.push(load());
console.log(`Search A/B: ${Number(COUNT).toLocaleString()} clippings, ${RUNS} interleaved rounds; load averages (1, 5, 15 min) at the start, after the seeds, the first rounds, the Pocket imports, the end: ${loads.join(' → ')}.\n`);
console.log('| measure | against: median (p95) | this: median (p95) | this ÷ against |\n|---|---|---|---|');
for (const what of builds[0]!.ms.keys()) {
  const [a, b] = builds.map((x) => x.ms.get(what)!);
  const cell = (v: number[]) => `${percentile(v, 50).toFixed(1)} ms (${percentile(v, 95).toFixed(1)})`;
  console.log(`| ${what} | ${cell(a!)} | ${cell(b!)} | ${(percentile(b!, 50) / percentile(a!, 50)).toFixed(2)} |`);
}
for (const b of builds) await b.library.context().close();
rmSync(work, { recursive: true, force: true });
