// Did a change to extraction change its output? `npm run compare:extract -- --before DIR [--corpus DIR] [--pages DIR]`
// extracts every page twice, with the code of another checkout (DIR, e.g. main's worktree; its Readability as
// published) and with this one's (Readability as extract.js ships it: scripts/shipped-readability.ts), and compares
// the whole ExtractResult (HTML, text, metadata; refusals included), also with "Show it anyway". Pages: the dev
// corpus (../shared/corpus/aeb-dev), the labelled non-articles (tests/fixtures/non-articles) and Readability's test
// pages (as bench:readability finds them), parsed by jsdom once for each side, CHUNK pages a child process (jsdom
// keeps memory after a window is closed).
// `--before-script FILE --after-script FILE` compares two built extract.js files instead (a build step, such as the
// minifier, that the source comparison cannot see): each runs in the page's jsdom window as the popup injects it,
// its completion value being the result (its timing left out), "Show it anyway" set as the popup sets it.
import { spawnSync } from 'node:child_process';
import { JSDOM, VirtualConsole, type DOMWindow } from 'jsdom';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { extractArticle as Extract, ExtractOptions } from '../utils/extract';
import { argValue, NODE_SHIPPED_EXTRACTION } from './bench-util';
import { pageNames, pagesDir, VENDORED_PAGES_DIR } from './readability-pages';

const ROOT = path.resolve(import.meta.dirname, '..');
const CHUNK = 20;

interface Page {
  name: string;
  html: () => string;
  url: string;
}

function devPages(): Page[] {
  const corpus = path.resolve(ROOT, argValue('--corpus') ?? '../shared/corpus/aeb-dev');
  if (!existsSync(path.join(corpus, 'html'))) return [];
  const truth = JSON.parse(readFileSync(path.join(corpus, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string }>;
  return readdirSync(path.join(corpus, 'html')).map((file) => {
    const id = file.replace('.html.gz', '');
    return { name: id, html: () => gunzipSync(readFileSync(path.join(corpus, 'html', file))).toString('utf8'), url: truth[id]?.url ?? 'https://example.org/' };
  });
}

function nonArticlePages(): Page[] {
  const dir = path.join(ROOT, 'tests/fixtures/non-articles');
  const labels = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Record<string, { url: string }>;
  return Object.entries(labels).map(([file, { url }]) => ({ name: file, html: () => readFileSync(path.join(dir, file), 'utf8'), url }));
}

function readabilityPages(): Page[] {
  const dir = pagesDir(argValue('--pages')) ?? VENDORED_PAGES_DIR;
  return pageNames(dir).map((name) => ({ name, html: () => readFileSync(path.join(dir, name, 'source.html'), 'utf8'), url: 'http://fakehost/test/page.html' }));
}

const SETS: Record<string, () => Page[]> = { 'dev corpus': devPages, 'non-articles': nonArticlePages, "Readability's test pages": readabilityPages };

/** One side of the comparison: extracts the article of a page's window. */
interface Side {
  run: (window: DOMWindow, options?: ExtractOptions) => unknown;
  /** A built script runs in the window, so the window must let it (jsdom then parses <noscript> as text, as browsers do). */
  runScripts?: 'outside-only';
}

/** Our extraction from source, called on the window's document. */
function sourceSide(extract: typeof Extract): Side {
  return { run: (window, options) => extract(window.document, options) };
}

/** A built extract.js, run in the window; its options set as the popup sets them (utils/browser/tab-article.ts). */
function scriptSide(file: string): Side {
  const script = readFileSync(file, 'utf8');
  return {
    runScripts: 'outside-only',
    run: (window, options) => {
      if (options) window.eval(`globalThis.__cleanReaderExtractOptions = ${JSON.stringify(options)}`);
      const { timing: _timing, ...result } = window.eval(script) as { timing: unknown };
      return result;
    },
  };
}

/** Both results of a page, gated and forced, as JSON. */
function outputs({ run, runScripts }: Side, { html, url }: Page): string {
  const window = new JSDOM(html(), { url, runScripts, virtualConsole: new VirtualConsole() }).window;
  try {
    return JSON.stringify([run(window), run(window, { force: true })]);
  } finally {
    window.close();
  }
}

/** The two sides: two built scripts, or another checkout's source and this one's. */
async function sides(): Promise<[Side, Side]> {
  const [beforeScript, afterScript] = [argValue('--before-script'), argValue('--after-script')];
  if (beforeScript && afterScript) return [scriptSide(beforeScript), scriptSide(afterScript)];
  // `?bare`: that checkout's code runs Readability as published (shipped-readability-hooks.ts).
  const before = (await import(`${path.resolve(argValue('--before')!, 'utils/extract/index.ts')}?bare`)) as { extractArticle: typeof Extract };
  const after = (await import('../utils/extract')) as { extractArticle: typeof Extract };
  return [sourceSide(before.extractArticle), sourceSide(after.extractArticle)];
}

/** Child: the names of the pages [from, to) of a set whose results differ, one a line. */
async function compareChunk(set: string, from: number, to: number): Promise<void> {
  const [before, after] = await sides();
  for (const page of SETS[set]!().slice(from, to)) if (outputs(before, page) !== outputs(after, page)) console.log(page.name);
}

if (process.argv[2] === '--worker') {
  const [, , , set, from, to] = process.argv;
  await compareChunk(set!, Number(from), Number(to));
} else {
  const beforeDir = argValue('--before');
  const scripts = [argValue('--before-script'), argValue('--after-script')];
  if (scripts.some(Boolean) ? !scripts.every((file) => file && existsSync(file)) : !beforeDir || !existsSync(path.join(beforeDir, 'utils/extract/index.ts'))) {
    throw new Error('Pass --before DIR, a checkout to compare with, or --before-script FILE --after-script FILE, two built extract.js.');
  }
  let differ = 0;
  for (const [set, pages] of Object.entries(SETS).map(([set, list]) => [set, list()] as const)) {
    const changed: string[] = [];
    for (let from = 0; from < pages.length; from += CHUNK) {
      const args = [...NODE_SHIPPED_EXTRACTION, import.meta.filename, '--worker', set, String(from), String(from + CHUNK), ...process.argv.slice(2)];
      const child = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
      if (child.status !== 0) throw new Error(`compare:extract: ${set} ${from + 1}–${from + CHUNK} failed (exit ${child.status ?? child.signal})`);
      changed.push(...child.stdout.split('\n').filter(Boolean));
    }
    differ += changed.length;
    console.log(`${set}: identical on ${pages.length - changed.length}/${pages.length} pages${changed.length ? `; different: ${changed.join(', ')}` : ''}`);
  }
  process.exitCode = differ ? 1 : 0;
}
