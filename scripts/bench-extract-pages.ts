// One chunk of bench:extract, run in its own process so that a large suite does not run out of
// memory (jsdom keeps 4–10 MB a page even after window.close()). Invoked by scripts/bench-extract.ts:
//   node --import tsx --import ./scripts/shipped-readability.ts scripts/bench-extract-pages.ts JOB.json RESULT.json
// (our extraction with Readability as extract.js ships it; bare Readability as published)
import { Readability } from '@mozilla/readability';
import { Window } from 'happy-dom';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '../utils/extract';
import type { RuleName } from '../utils/extract/rules';
import { plainText } from '../utils/extract/plain-text';

export type DomKind = 'jsdom' | 'happy-dom';
export type SystemName = 'ours' | 'readability' | 'readability-textContent' | 'defuddle';
export interface Job {
  corpus: string;
  pages: { id: string; url: string }[];
  dom: DomKind;
  systems: SystemName[];
  without: RuleName[];
}
export interface Run {
  /** The text a reader sees, and the same without the captions of kept images. */
  text: string;
  textWithoutCaptions: string;
  failed: boolean;
  /** Ours only: refused as "not an article" without "Show it anyway" (then scored forced). */
  refused?: boolean;
  buildMs: number;
  extractMs: number;
  /** CPU time of the extraction (this process, all threads): under load the wall clock mostly measures the wait. */
  extractCpuMs: number;
}
export type PageRuns = Partial<Record<SystemName, Run>>;

const virtualConsole = new VirtualConsole(); // jsdom: keep CSS parse errors off the terminal

/** Parses a page as the browser would with JavaScript off. */
function buildDom(kind: DomKind, html: string, url: string): { doc: Document; close: () => Promise<void> } {
  if (kind === 'jsdom') {
    const dom = new JSDOM(html, { url, virtualConsole });
    return { doc: dom.window.document, close: async () => dom.window.close() };
  }
  const win = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true, navigation: { disableChildFrameNavigation: true } },
  });
  win.document.write(html);
  return { doc: win.document as unknown as Document, close: () => win.happyDOM.close() };
}

/** Reader-visible text of an HTML fragment (the function our extractor uses), with and without image captions. */
function texts(doc: Document, html: string): Pick<Run, 'text' | 'textWithoutCaptions'> {
  const inert = doc.implementation.createHTMLDocument('');
  inert.body.innerHTML = html;
  const text = plainText(inert.body);
  for (const caption of inert.body.querySelectorAll('figure figcaption')) {
    if (caption.parentElement?.querySelector('img, picture, video, svg, canvas')) caption.remove();
  }
  return { text, textWithoutCaptions: plainText(inert.body) };
}

async function timed<T>(run: () => T | Promise<T>): Promise<[T, number, number]> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const value = await run();
  const cpu = process.cpuUsage(cpu0);
  return [value, performance.now() - t0, (cpu.user + cpu.system) / 1000];
}

export async function runPage(job: Job, html: string, url: string, defuddle: ((doc: Document, url: string) => Promise<{ content?: string }>) | null): Promise<PageRuns> {
  const out: PageRuns = {};
  for (const system of job.systems) {
    if (system === 'readability-textContent') continue;
    const [page, buildMs] = await timed(() => buildDom(job.dom, html, url));
    if (system === 'ours') {
      // What the popup runs (the gate on); a refused page is extracted again forced, to be scored.
      const [first, extractMs, extractCpuMs] = await timed(() => extractArticle(page.doc, { off: job.without }));
      const refused = !first.ok && first.reason === 'not-article';
      const result = refused ? extractArticle(page.doc, { force: true, off: job.without }) : first;
      out.ours = { ...(result.ok ? texts(page.doc, result.article.html) : { text: '', textWithoutCaptions: '' }), failed: !result.ok, refused, buildMs, extractMs, extractCpuMs };
    } else if (system === 'readability') {
      // Bare Readability 0.6 on a clone (as a content script would have to), then the same plainText.
      const [parsed, extractMs, extractCpuMs] = await timed(() => {
        try {
          return new Readability(page.doc.cloneNode(true) as Document).parse();
        } catch {
          return null;
        }
      });
      const failed = !parsed?.content;
      out.readability = { ...texts(page.doc, parsed?.content ?? ''), failed, buildMs, extractMs, extractCpuMs };
      const textContent = parsed?.textContent ?? '';
      if (job.systems.includes('readability-textContent')) out['readability-textContent'] = { text: textContent, textWithoutCaptions: textContent, failed, buildMs, extractMs, extractCpuMs };
    } else if (defuddle) {
      const { error, warn, log } = console; // Defuddle logs its own recoverable errors
      console.error = console.warn = console.log = () => {};
      const [content, extractMs, extractCpuMs] = await timed(async () => {
        try {
          return (await defuddle(page.doc, url)).content ?? '';
        } catch {
          return '';
        } finally {
          Object.assign(console, { error, warn, log });
        }
      });
      out.defuddle = { ...texts(page.doc, content), failed: !content, buildMs, extractMs, extractCpuMs };
    }
    await page.close();
  }
  return out;
}

async function main([jobFile, resultFile]: string[]) {
  const job = JSON.parse(readFileSync(jobFile!, 'utf8')) as Job;
  // Defuddle is ESM-only under /node; loaded only when it runs.
  const defuddle = job.systems.includes('defuddle') ? (await import('defuddle/node')).Defuddle : null;
  const results: Record<string, PageRuns> = {};
  for (const { id, url } of job.pages) {
    const html = gunzipSync(readFileSync(path.join(job.corpus, 'html', `${id}.html.gz`))).toString('utf8');
    results[id] = await runPage(job, html, url, defuddle);
  }
  writeFileSync(resultFile!, JSON.stringify(results));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main(process.argv.slice(2));
