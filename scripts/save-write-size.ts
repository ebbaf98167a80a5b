// How much one save writes to disk in Chromium, by kind of save: the growth of the extension's IndexedDB LevelDB log
// (every write batch of a transaction lands there; Chromium writes a transaction over 1 MiB in parts with an undo log,
// and a browser killed during or after such a write once lost the whole library: docs/benchmarks.md, eighteenth
// round) and of its blob folder (values over 64 KiB are kept as blob files, outside LevelDB).
// `npx tsx scripts/save-write-size.ts [--build DIR]` (default: this checkout's e2e build).
import { readdirSync, statSync, mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { bigDraft, draft } from '../tests/e2e/fault-drafts';
import { PAGES_DIR } from '../tests/e2e/server';
import { E2E_BUILD } from '../tests/e2e/fixtures';
import { launch } from './bench-browser';
import { argValue } from './bench-util';

/** A long page as a save would hold it: its body's HTML and text (a real page, not the test's invented words). */
async function pageDraft(page: Page, file: string, name: string) {
  await page.setContent(readFileSync(file, 'utf8'));
  const { html, text } = await page.evaluate(() => ({ html: document.body.innerHTML, text: document.body.innerText }));
  return draft('https://example.test', name, html, text);
}

/** The size of each file in `dir` (and below) whose name `match`es. */
const filesIn = (dir: string, match: (name: string) => boolean): Map<string, number> =>
  new Map(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && match(e.name))
    .map((e) => [path.join(e.parentPath, e.name), statSync(path.join(e.parentPath, e.name)).size]));

/** Bytes written between two listings: each file's growth, a new file whole (a log LevelDB rotated to, a new blob). */
const written = (before: Map<string, number>, after: Map<string, number>): number =>
  [...after].reduce((sum, [file, size]) => sum + size - (before.get(file) ?? 0), 0);

const build = argValue('--build') ?? E2E_BUILD;
const rustBook = '/root/.rustup/toolchains/stable-x86_64-unknown-linux-gnu/share/doc/rust/html/book/print.html';
const cases: Array<[string, (page: Page) => Promise<{ html: string; text: string }>]> = [
  ['short save (the faults test\'s plain draft)', async () => draft('https://example.test', 'short')],
  ['a long real article (tests/fixtures/pages/harbour-long.html)', (page) => pageDraft(page, path.join(PAGES_DIR, 'harbour-long.html'), 'harbour')],
  ['an extreme real page (the Rust book on one page, 1.9 MB)', (page) => pageDraft(page, rustBook, 'rust-book')],
  ['the faults test\'s big save', async () => bigDraft('https://example.test', 'big')],
  // The cost of a word in the index: twice the words, about twice the log.
  ['2,000 invented words', async () => draft('https://example.test', 'words-2000', '<p>words</p>', inventedWords(2_000))],
  ['4,000 invented words', async () => draft('https://example.test', 'words-4000', '<p>words</p>', inventedWords(4_000))],
];
/** `count` distinct words no other text holds (the title's and the other fields' few words come on top). */
const inventedWords = (count: number) => Array.from({ length: count }, (_, i) => `zq${i.toString(36)}`).join(' ');
const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
// Each case in a profile of its own, after one short save: a small log that LevelDB does not rotate during the save.
for (const [name, make] of cases) {
  const profile = mkdtempSync(path.join(tmpdir(), 'cr-save-size-'));
  const { context, extensionId } = await launch(build, profile);
  try {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=999999`);
    const save = (d: unknown) => page.evaluate((body) => chrome.runtime.sendMessage({ type: 'save-clipping', draft: body }), d);
    await save(draft('https://example.test', 'first'));
    const idb = path.join(profile, 'Default/IndexedDB');
    const store = readdirSync(idb).find((n) => n.startsWith('chrome-extension_') && n.endsWith('.leveldb'))!;
    const blobs = store.replace(/\.leveldb$/, '.blob');
    const sizes = () => ({
      log: filesIn(path.join(idb, store), (n) => n.endsWith('.log')),
      blobs: readdirSync(idb).includes(blobs) ? filesIn(path.join(idb, blobs), () => true) : new Map<string, number>(),
    });
    const d = await make(await context.newPage());
    const before = sizes();
    const reply = (await save(d)) as { ok: boolean };
    const after = sizes();
    const rotated = [...before.log.keys()].some((f) => !after.log.has(f));
    console.log(`${name}: html ${kb(d.html.length)}, text ${kb(d.text.length)}; ok ${reply.ok}; LevelDB log +${kb(written(before.log, after.log))}${rotated ? ' (log rotated: an under-count)' : ''}, blob files +${kb(written(before.blobs, after.blobs))}`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
