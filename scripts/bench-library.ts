// `npm run bench:library [-- --corpus DIR --count N --runs N]`: the clippings library at 10,000 clippings,
// in headless Chromium with the built extension (the e2e build: the same code plus a 127.0.0.1 host
// permission nothing here uses). Seeds a library made from the corpus pages (ground-truth text, titles
// and sites of ../shared/corpus/aeb-dev), then times, in the real pages and service worker:
// import into an empty library, save, add and edit a highlight, library first page painted and its count shown, the first search after it opens,
// search (word as typed, phrase), tag
// filter, export all to JSON, import back (merge); and checks that a JSON round trip is identical.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { backupText } from '../utils/clippings/backup';
import { clippingKey } from '../utils/clippings/store';
import { defaultMarks, type Clipping, type ClippingDraft } from '../utils/clippings/types';
import { excerptOf } from '../utils/clipping-draft';
import { parseQuery } from '../utils/clippings/search-index';
import { scanMatches } from '../tests/fixtures/plain-scan';
import { LIBRARY_PAINTED } from '../utils/perf-marks';
import { E2E_BUILD } from '../tests/e2e/fixtures';
import { firstPageSteps, firstSearch, importFile, launch, openLibrary, timeLibraryQuery } from './bench-browser';
import { benchImports, pocketRows } from './bench-imports';
import { argValue, percentile } from './bench-util';

const ROOT = path.resolve(import.meta.dirname, '..');
const corpus = path.resolve(ROOT, argValue('--corpus') ?? '../shared/corpus/aeb-dev');
const COUNT = Number(argValue('--count') ?? 10_000);
const RUNS = Number(argValue('--runs') ?? 20);
if (!existsSync(path.join(corpus, 'html')) || !existsSync(path.join(corpus, 'ground-truth.json'))) {
  console.log(`bench:library: no corpus at ${corpus} (pass --corpus DIR); nothing measured.`);
  process.exit(0);
}
if (!existsSync(path.join(E2E_BUILD, 'manifest.json'))) throw new Error('Run `npm run build:e2e` first.');

// ---- The library to seed: COUNT clippings cycling through the corpus pages, each under its own URL.
interface Page0 { url: string; title: string; site: string; text: string; lang: string }
const truth = JSON.parse(readFileSync(path.join(corpus, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
const pages: Page0[] = [];
for (const file of readdirSync(path.join(corpus, 'html')).filter((f) => f.endsWith('.html.gz')).sort()) {
  const id = file.replace('.html.gz', '');
  const gt = truth[id];
  if (!gt?.articleBody?.trim()) continue;
  const html = gunzipSync(readFileSync(path.join(corpus, 'html', file))).toString('utf8');
  const title = decode(/<meta[^>]+property=["']og:title["'][^>]+content=["']([^"']+)/i.exec(html)?.[1] ?? /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? id).trim();
  const site = decode(/<meta[^>]+property=["']og:site_name["'][^>]+content=["']([^"']+)/i.exec(html)?.[1] ?? new URL(gt.url).hostname.replace(/^www\./, ''));
  pages.push({ url: gt.url, title, site, text: gt.articleBody, lang: /<html[^>]+lang=["']([^"']+)/i.exec(html)?.[1] ?? 'en' });
}
const TAGS = ['politics', 'economy', 'tech', 'science', 'health', 'sport', 'culture', 'climate', 'to-read', 'work', 'ideas', 'long-read',
  'europe', 'asia', 'americas', 'africa', 'energy', 'media', 'law', 'education', 'travel', 'food', 'history', 'security', 'space',
  'ai', 'finance', 'cities', 'books', 'favourite'];

function draftFor(p: Page0, copy: number, selection: boolean): ClippingDraft {
  const url = `${p.url}${p.url.includes('?') ? '&' : '?'}copy=${copy}`;
  const paragraphs = p.text.split(/\n{2,}/).filter((s) => s.trim());
  const text = selection ? paragraphs[copy % paragraphs.length]! : p.text;
  const html = (selection ? [text] : paragraphs).map((s) => `<p>${escape(s)}</p>`).join('\n');
  return {
    kind: selection ? 'selection' : 'article', url, canonicalUrl: url, title: p.title, byline: null, siteName: p.site,
    publishedTime: new Date(Date.UTC(2019, 0, 1) + ((copy * 7919) % 2000) * 86_400_000).toISOString(), lang: p.lang, dir: 'ltr',
    html, text, excerpt: excerptOf(text), wordCount: text.split(/\s+/).length, textFragmentUrl: selection ? `${url}#:~:text=${encodeURIComponent(text.slice(0, 40))}` : null,
  };
}
const seed: Clipping[] = Array.from({ length: COUNT }, (_, i) => {
  const draft = draftFor(pages[i % pages.length]!, Math.floor(i / pages.length), i % 10 === 9);
  const tags = [TAGS[i % TAGS.length]!, ...(i % 3 === 0 ? [TAGS[(i * 7) % TAGS.length]!] : [])].filter((t, j, all) => all.indexOf(t) === j);
  return { ...draft, id: i + 1, key: clippingKey(draft), savedAt: Date.UTC(2024, 0, 1) + i * 3_600_000, tags, note: i % 50 === 0 ? 'Read again' : '',
    ...defaultMarks(Date.UTC(2024, 0, 1) + i * 3_600_000) };
});
const work = mkdtempSync(path.join(tmpdir(), 'cr-bench-library-'));
const seedFile = path.join(work, 'seed.json');
writeFileSync(seedFile, backupText(seed));
const seedMb = (readFileSync(seedFile).length / 1048576).toFixed(1);
// A copy of the build: a rebuild of .output during the run (another checkout's tests) must not pull the
// extension's files from under the browser.
const build = path.join(work, 'extension');
cpSync(E2E_BUILD, build, { recursive: true });
// Search terms: words and phrases that occur in the corpus, with many and few matches, and one phrase of common words
// that never follow each other (every candidate checked, none found).
const WORDS = ['government', 'climate', 'president', 'market', 'football', 'vaccine', 'election', 'technology', 'police', 'energy'];
const NO_MATCH_PHRASE = 'running they also';
const PHRASES = [...pickPhrases(9), NO_MATCH_PHRASE];
const seedOut = argValue('--write-seed');
if (seedOut) {
  writeFileSync(seedOut, readFileSync(seedFile));
  writeFileSync(`${seedOut}.searches.json`, JSON.stringify({ words: WORDS, phrases: PHRASES }));
  console.log(`bench:library: wrote the seed backup (${COUNT} clippings, ${seedMb} MB) to ${seedOut}, its searches beside it.`);
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

const results = new Map<string, number[]>();
const note = (name: string, ms: number) => results.set(name, [...(results.get(name) ?? []), ms]);
/** The first page's steps of every reload (medians printed). */
const steps: Array<[string, number]> = [];

// ---- Run 1: import the seed into an empty library, then time everything else at COUNT clippings.
let { context, extensionId } = await launch(build);
let library = await context.newPage();
await library.setViewportSize({ width: 1100, height: 900 });
await openLibrary(library, extensionId);
note('import into an empty library (s)', (await importFile(library, seedFile)) / 1000);

for (let i = 0; i < RUNS; i++) {
  await library.reload();
  // The range ("1–25 of 10,000", with the count in the header and the pager), looked for each frame from the page's load
  // event on (before its first page is read): it waited for the filter lists' read, a pause after the first paint, until
  // the thirty-sixth round; now it comes with the cards.
  const counted = library.waitForFunction(() => (document.querySelector('.cr-lib-count')?.textContent ? performance.now() : 0), undefined, { polling: 'raf', timeout: 30_000 });
  await library.waitForFunction((m) => performance.getEntriesByName(m).length > 0, LIBRARY_PAINTED, { timeout: 30_000 });
  note('library first page painted', await library.evaluate((m) => performance.getEntriesByName(m)[0]!.startTime, LIBRARY_PAINTED));
  note('library count shown (navigation → "1–25 of N")', (await (await counted).jsonValue()) as number);
  for (const [step, ms] of await firstPageSteps(library)) steps.push([`first page at ${COUNT.toLocaleString()}: ${step}`, ms]);
}

// The first search after the library opens (a word with hundreds of matches), before the order of all clippings is read.
for (let i = 0; i < RUNS; i++) note('search: the first after the library opens, a word', await firstSearch(library, WORDS[i % WORDS.length]!));

// Saves of new pages through the background (the popup's and the menus' path), the library at COUNT.
const saveDrafts = Array.from({ length: RUNS * 2 }, (_, i) => draftFor(pages[i % pages.length]!, 100_000 + i, false));
/** What the library holds from here on, for the plain scan the searches' counts must equal: the seed, the saves, and the highlights below. */
const library10k: Array<Parameters<typeof scanMatches>[1]> = [...seed.map((c) => ({ ...c, highlights: [...c.highlights] })), ...saveDrafts.map((d) => ({ ...d, tags: [], note: '', highlights: [] }))];
const saveMs = await library.evaluate(async (drafts) => {
  const times: number[] = [];
  for (const draft of drafts) {
    const start = performance.now();
    const reply = await chrome.runtime.sendMessage({ type: 'save-clipping', draft });
    times.push(performance.now() - start);
    if (!reply?.ok) throw new Error(`save failed: ${JSON.stringify(reply)}`);
  }
  return times;
}, saveDrafts);
for (const ms of saveMs) note('save (message → stored → reply)', ms);

// Highlights on clippings of the COUNT library, through the background (the reader's path): add, then edit its note.
const markMs = await library.evaluate(async ({ n, count }) => {
  const add: number[] = [];
  const edit: number[] = [];
  for (let i = 0; i < n; i++) {
    const clippingId = 1 + ((i * 997) % count);
    const now = Date.now();
    const highlight = { id: crypto.randomUUID(), color: 'yellow', note: '', createdAt: now, updatedAt: now,
      quote: { type: 'TextQuoteSelector', exact: 'a highlighted passage', prefix: 'before ', suffix: ' after' }, position: { type: 'TextPositionSelector', start: 100 + i, end: 121 + i } };
    let start = performance.now();
    const added = await chrome.runtime.sendMessage({ type: 'add-highlight', clippingId, highlight });
    add.push(performance.now() - start);
    start = performance.now();
    const edited = await chrome.runtime.sendMessage({ type: 'update-highlight', clippingId, id: highlight.id, note: `A note on passage ${i}` });
    edit.push(performance.now() - start);
    if (!added?.ok || !edited?.ok) throw new Error(`highlight failed: ${JSON.stringify([added, edited])}`);
  }
  return { add, edit };
}, { n: RUNS * 2, count: COUNT });
for (let i = 0; i < RUNS * 2; i++) {
  library10k[(i * 997) % COUNT]!.highlights!.push({ id: '', color: 'yellow', note: `A note on passage ${i}`, createdAt: 0, updatedAt: 0,
    quote: { type: 'TextQuoteSelector', exact: 'a highlighted passage', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 0 } });
}
for (const ms of markMs.add) note('add a highlight (message → stored → reply)', ms);
for (const ms of markMs.edit) note('edit a highlight\'s note (message → stored, reindexed → reply)', ms);

await library.reload();
await library.waitForFunction((m) => performance.getEntriesByName(m).length > 0, LIBRARY_PAINTED);
const counts: Record<string, number> = {};
for (let i = 0; i < RUNS; i++) {
  const word = WORDS[i % WORDS.length]!;
  const { ms, total } = await timeLibraryQuery(library, () => library.getByRole('searchbox').fill(word), 'search', word);
  note('search: a word (as typed, prefix)', ms);
  counts[word] = total;
  const phrase = `"${PHRASES[i % PHRASES.length]!}"`;
  const p = await timeLibraryQuery(library, () => library.getByRole('searchbox').fill(phrase), 'search', phrase);
  note('search: a phrase', p.ms);
  counts[phrase] = p.total;
  await timeLibraryQuery(library, () => library.getByRole('searchbox').fill(''), 'search', '');
}
for (let i = 0; i < RUNS; i++) {
  const tag = TAGS[i % TAGS.length]!;
  note('tag filter', (await timeLibraryQuery(library, () => library.getByLabel('Tag', { exact: true }).selectOption(tag), 'tag', tag)).ms);
  await timeLibraryQuery(library, () => library.getByLabel('Tag', { exact: true }).selectOption(''), 'tag', '');
}

// Export all to JSON (three times), then import that file back into the same library (a merge).
let exported = '';
for (let i = 0; i < 3; i++) {
  const start = Date.now();
  const [download] = await Promise.all([library.waitForEvent('download', { timeout: 120_000 }), library.getByRole('button', { name: 'Export all (JSON backup)' }).click()]);
  const file = path.join(work, `export-${i}.json`);
  await download.saveAs(file);
  note('export all to JSON (s)', (Date.now() - start) / 1000);
  exported = file;
}
note('import back into the same library, a merge (s)', (await importFile(library, exported)) / 1000);
await context.close();

// ---- Run 2: a fresh profile imports the export, and exports it again: the two files must be identical.
({ context, extensionId } = await launch(build));
library = await context.newPage();
await openLibrary(library, extensionId);
note('import into an empty library (s)', (await importFile(library, exported)) / 1000);
const [again] = await Promise.all([library.waitForEvent('download', { timeout: 120_000 }), library.getByRole('button', { name: 'Export all (JSON backup)' }).click()]);
const roundTrip = path.join(work, 'round-trip.json');
await again.saveAs(roundTrip);
// ---- Issue #13 in the same library: the Markdown folder export, a 20,000-item Pocket import, then ~30,000 clippings.
const imports = await benchImports(library, work, RUNS, note, steps, { words: WORDS, phrases: PHRASES });
// The Pocket links: a title and tags, no text.
const library30k = [...library10k, ...pocketRows().map((r) => ({ title: r.title, byline: null, siteName: null, text: '', note: '', tags: r.tags ? r.tags.split('|') : [] }))];
await context.close();
const strip = (file: string) => readFileSync(file, 'utf8').replace(/"exportedAt":"[^"]*"/, '');
const identical = strip(exported) === strip(roundTrip);
const exportedCount = (JSON.parse(readFileSync(exported, 'utf8')) as { count: number }).count;

// ---- Report.
console.log(`Library bench: ${COUNT.toLocaleString()} seeded clippings from ${pages.length} corpus pages (seed backup ${seedMb} MB), ${RUNS} runs each.\n`);
console.log('| measure | median | p95 | n |\n|---|---|---|---|');
for (const [name, values] of results) {
  const unit = name.endsWith('(s)') ? '' : ' ms';
  const fmt = (v: number) => (name.endsWith('(s)') ? v.toFixed(2) : v.toFixed(1)) + unit;
  console.log(`| ${name} | ${fmt(percentile(values, 50))} | ${fmt(percentile(values, 95))} | ${values.length} |`);
}
console.log('\nWhere the time goes (the last folder export; the Pocket import: preview and confirmation in the page, commit in the background):\n');
console.log('| phase | ms |\n|---|---|');
for (const [phase, ms] of imports.phases) console.log(`| ${phase} | ${ms.toFixed(0)} |`);
console.log('\nThe first page, step by step (medians over the reloads):\n\n| step | ms |\n|---|---|');
for (const name of new Set(steps.map(([n]) => n))) console.log(`| ${name} | ${percentile(steps.filter(([n]) => n === name).map(([, ms]) => ms), 50).toFixed(0)} |`);
console.log(`\nJSON round trip (export → import into a fresh profile → export): ${identical ? 'identical' : 'DIFFERENT'} (${exportedCount} clippings).`);
console.log(`Markdown folder: ${imports.folderFiles} files, system unzip ${imports.folderUnzipOk ? 'ok' : 'FAILED'}, ${imports.folderParseFailures.length} not front matter + Markdown${imports.folderParseFailures.length ? ` (${imports.folderParseFailures.slice(0, 5).join(', ')})` : ''}.`);
console.log(`Pocket import: progress bar ${imports.sawProgress ? 'shown' : 'NOT SEEN'}; the library then held ${imports.libraryCount.toLocaleString()} clippings.`);
// Each count the library showed against a plain scan of what it held (every clipping's fields read and matched).
const scanned = (query: string, held: typeof library10k) => held.filter((c) => scanMatches(parseQuery(query), c)).length;
const report = (found: Record<string, number>, held: typeof library10k) => Object.entries(found).map(([q, n]) => {
  const scan = scanned(q, held);
  if (scan !== n) process.exitCode = 1;
  return `${q}${q === `"${NO_MATCH_PHRASE}"` ? ' (no match, on purpose)' : ''} ${n}${scan === n ? '' : ` (A PLAIN SCAN FINDS ${scan})`}`;
}).join(', ');
console.log(`Matches at ${COUNT.toLocaleString()} (each equal to a plain scan unless said): ${report(counts, library10k)}`);
console.log(`Phrase matches after the Pocket import: ${report(imports.phraseCounts, library30k)}`);
rmSync(work, { recursive: true, force: true });
if (!identical || !imports.folderUnzipOk || imports.folderParseFailures.length) process.exitCode = 1;

// ---- Helpers.
/** `count` phrases of the corpus: from the middle of a page's text on, its first three words in a row that are letters only. */
function pickPhrases(count: number): string[] {
  const found: string[] = [];
  for (const p of pages) {
    const words = p.text.split(/\s+/);
    for (let i = Math.floor(words.length / 2); i + 3 <= words.length; i++) {
      const three = words.slice(i, i + 3);
      if (!three.every((w) => /^[a-z]{2,}$/i.test(w))) continue;
      found.push(three.join(' '));
      break;
    }
    if (found.length >= count) break;
  }
  return found;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function decode(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}
