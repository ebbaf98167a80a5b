// Snippet benchmark on non-English pages: `npm run bench:snippets -- [--labels FILE] [--pages DIR] [--without rule,…] [--dump DIR] [--ids a,b]`
// Each page of tests/fixtures/snippets-intl/labels.json has must-have snippets (article text a reader
// needs) and must-not-have snippets (clutter on the page), written by hand from the page before the rules
// they measure. A must-have found is a true positive, one missing a false negative; a must-not-have found is
// a false positive. Precision and recall are pooled over all snippets, as trafilatura's evaluation does.
// The pages stay outside the repository (DIR, default ../intl-pages; see tests/fixtures/snippets-intl/README.md).
// --labels picks another set, e.g. the held-out tests/fixtures/snippets-intl2/labels.json (its pages default to ../intl2-pages).
import { JSDOM, VirtualConsole } from 'jsdom';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../utils/extract';
import { plainText } from '../utils/extract/plain-text';
import type { RuleName } from '../utils/extract/rules';
import { argValue } from './bench-util';

interface LabelledPage {
  id: string;
  source: string;
  url: string;
  lang: string;
  mustHave: string[];
  mustNotHave: string[];
}

const ROOT = path.resolve(import.meta.dirname, '..');
const labelsFile = path.resolve(ROOT, argValue('--labels') ?? 'tests/fixtures/snippets-intl/labels.json');
const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as { pages: LabelledPage[] };
/** Each set's pages sit beside the repository in ../<set>-pages (snippets-intl → ../intl-pages, snippets-intl2 → ../intl2-pages). */
const dir = path.resolve(ROOT, argValue('--pages') ?? `../${path.basename(path.dirname(labelsFile)).replace(/^snippets-/, '')}-pages`);
const dump = argValue('--dump');
const only = argValue('--ids')?.split(',');
const without = (argValue('--without')?.split(',') ?? []) as RuleName[];
const virtualConsole = new VirtualConsole();

/** Whitespace differs between extractors (and CJK text has none between words): compare without it, and in one Unicode form (pages write "ガ" as カ + a combining mark). */
const squeeze = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

function ourText(file: string, url: string): string {
  const dom = new JSDOM(readFileSync(file, 'utf8'), { url, virtualConsole });
  try {
    const result = extractArticle(dom.window.document, { force: true, off: without });
    if (!result.ok) return '';
    const inert = dom.window.document.implementation.createHTMLDocument('');
    inert.body.innerHTML = result.article.html;
    return plainText(inert.body);
  } finally {
    dom.window.close();
  }
}

if (!existsSync(dir)) {
  console.log(`bench:snippets: no pages at ${dir} (see tests/fixtures/snippets-intl/README.md); nothing to do.`);
  process.exit(0);
}
if (dump) mkdirSync(dump, { recursive: true });
let tp = 0, fn = 0, fp = 0;
const rows: string[] = [];
for (const page of labels.pages.filter((p) => !only || only.includes(p.id))) {
  const text = ourText(path.join(dir, `${page.id}.html`), page.url);
  if (dump) writeFileSync(path.join(dump, `${page.id}.txt`), text);
  const found = squeeze(text);
  const missing = page.mustHave.filter((s) => !found.includes(squeeze(s)));
  const kept = page.mustNotHave.filter((s) => found.includes(squeeze(s)));
  tp += page.mustHave.length - missing.length;
  fn += missing.length;
  fp += kept.length;
  rows.push(`| ${page.id} | ${page.lang} | ${page.mustHave.length - missing.length}/${page.mustHave.length} | ${kept.length}/${page.mustNotHave.length} | ${[...missing.map((s) => `−"${s.slice(0, 40)}"`), ...kept.map((s) => `+"${s.slice(0, 40)}"`)].join(' ')} |`);
}
const precision = tp / (tp + fp);
const recall = tp / (tp + fn);
console.log(`bench:snippets: ${rows.length} pages from ${dir}${without.length ? `, without ${without.join(', ')}` : ''}`);
console.log(`| page | lang | must-have found | must-not-have kept | differences |\n|---|---|---:|---:|---|\n${rows.join('\n')}`);
console.log(`\nPrecision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, F ${((2 * precision * recall) / (precision + recall)).toFixed(3)} (${tp} must-haves found, ${fn} missing, ${fp} must-not-haves kept)`);
