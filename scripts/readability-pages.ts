// Mozilla Readability's own test pages as a regression suite (Apache-2.0; not in this repository):
//   npx tsx scripts/readability-pages.ts --pages DIR [--ids a,b] [--verbose]
// DIR is a checkout's `test/test-pages` (each page: source.html, expected.html, expected-metadata.json).
// Reports: pages marked readerable that the popup would refuse (target 0); our recall against
// Readability's expected text (target ≥ 0.98, exceptions listed); how often title, byline, direction,
// language and site name match the expected metadata.
import { JSDOM, VirtualConsole } from 'jsdom';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../utils/extract';
import { plainText } from '../utils/extract/plain-text';
import { pageRecall, scorePage } from './aeb-metric';
import { argValue } from './bench-util';

const dir = argValue('--pages');
if (!dir || !existsSync(dir)) {
  console.log(`readability-pages: no test pages at ${dir ?? '(no --pages DIR given)'}; clone github.com/mozilla/readability and pass its test/test-pages. Nothing to do.`);
  process.exit(0);
}
const only = argValue('--ids')?.split(',');
const names = readdirSync(dir).filter((n) => existsSync(path.join(dir, n, 'source.html')) && (!only || only.includes(n))).sort();
const virtualConsole = new VirtualConsole();
const FIELDS = ['title', 'byline', 'dir', 'lang', 'siteName'] as const;
const matches = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<(typeof FIELDS)[number], number>;
const mismatches: string[] = [];
const refused: string[] = [];
const low: string[] = [];
let readerable = 0;
const norm = (v: unknown) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : null) || null;

for (const name of names) {
  const read = (file: string) => readFileSync(path.join(dir, name, file), 'utf8');
  const expected = JSON.parse(read('expected-metadata.json')) as Record<string, unknown>;
  const window = new JSDOM(read('source.html'), { url: 'http://fakehost/test/page.html', virtualConsole }).window;
  const gate = extractArticle(window.document);
  const result = gate.ok ? gate : extractArticle(window.document, { force: true });
  if (expected.readerable) {
    readerable++;
    if (!gate.ok) refused.push(name);
  }
  const truth = plainText(new JSDOM(read('expected.html'), { virtualConsole }).window.document.body);
  const recall = pageRecall(scorePage(truth, result.ok ? result.article.text : ''));
  if (recall < 0.98) low.push(`${name} ${recall.toFixed(3)}`);
  for (const field of FIELDS) {
    const ours = result.ok ? norm(result.article[field]) : null;
    if (ours === norm(expected[field])) matches[field]++;
    else if (process.argv.includes('--verbose')) mismatches.push(`${name} ${field}: ours ${JSON.stringify(ours)}, expected ${JSON.stringify(expected[field])}`);
  }
  window.close();
}

console.log(`readability-pages: ${names.length} pages from ${dir}`);
console.log(`Marked readerable and refused as "not an article": ${refused.length} of ${readerable}${refused.length ? ` (${refused.join(', ')})` : ''}`);
console.log(`Recall against expected.html under 0.98: ${low.length} of ${names.length}${low.length ? `\n  ${low.join('\n  ')}` : ''}`);
console.log(`Metadata equal to expected: ${FIELDS.map((f) => `${f} ${matches[f]}/${names.length}`).join(', ')}`);
if (mismatches.length) console.log(mismatches.join('\n'));
