// @vitest-environment node
// "Not an article" is judged after extraction: every labelled non-article page of the kinds readers
// click on (tests/fixtures/non-articles) against the real articles of the dev corpus.
import { JSDOM, VirtualConsole } from 'jsdom';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import { looksLikeArticle, pageShape } from '../../../utils/extract/article-gate';
import { FIXTURES } from '../dom';

const virtualConsole = new VirtualConsole();
const parse = (html: string, url: string) => new JSDOM(html, { url, virtualConsole }).window.document;
const fragment = (html: string) => parse(`<body>${html}</body>`, 'https://example.org/').body;

const NON_ARTICLES = path.join(FIXTURES, 'non-articles');
const labels = JSON.parse(readFileSync(path.join(NON_ARTICLES, 'labels.json'), 'utf8')) as Record<string, { kind: string; url: string }>;
const DEV = path.resolve(__dirname, '../../../../shared/corpus/aeb-dev');
const devPresent = existsSync(path.join(DEV, 'ground-truth.json'));

const para = (n: number) => `<p>${'The council met on Tuesday to discuss the plan for the harbour, and members asked for more time. '.repeat(n)}</p>`;

describe('looksLikeArticle', () => {
  it('takes an undeclared article of a few plain paragraphs, refuses a headline list with summaries', () => {
    const article = fragment(para(2) + para(2) + para(1));
    expect(looksLikeArticle(pageShape(article), pageShape(article), '')).toBe(true);
    const teasers = fragment(Array.from({ length: 6 }, (_, i) => `<h3><a href="/s/${i}">Story number ${i}</a></h3>${para(1)}`).join(''));
    expect(looksLikeArticle(pageShape(teasers), pageShape(teasers), '')).toBe(false);
  });

  it('believes a declared article type even for a short text, asks more of a declared video or product page', () => {
    const short = fragment(para(2));
    expect(looksLikeArticle(pageShape(short), pageShape(short), '')).toBe(false);
    expect(looksLikeArticle(pageShape(short), pageShape(short), 'NewsArticle')).toBe(true);
    const medium = fragment(para(2) + para(2));
    expect(looksLikeArticle(pageShape(medium), pageShape(medium), '')).toBe(true);
    expect(looksLikeArticle(pageShape(medium), pageShape(medium), 'VideoObject')).toBe(false);
  });

  it('weighs Chinese and Japanese characters as words: a Chinese article of short paragraphs is taken, a Chinese headline list is not', () => {
    const zh = '谷歌收购的人工智能公司开发出一款能够用自己的记忆学习新知识的计算机。';
    const article = fragment(Array.from({ length: 4 }, () => `<p>${zh.repeat(2)}</p>`).join(''));
    expect(article.textContent!.length).toBeLessThan(300); // under MIN_PROSE in characters
    expect(looksLikeArticle(pageShape(article), pageShape(article), '')).toBe(true);
    const teasers = fragment(Array.from({ length: 6 }, (_, i) => `<h3><a href="/s/${i}">新闻标题第${i}条</a></h3><p>${zh}</p>`).join(''));
    expect(looksLikeArticle(pageShape(teasers), pageShape(teasers), '')).toBe(false);
  });

  it('does not count a named anchor without href as a link', () => {
    const shape = pageShape(fragment(`<p><a name="q1">What did you find when you started?</a> ${para(1)}</p>`));
    expect(shape.linked).toBe(0);
  });
});

describe('the labelled non-article pages', () => {
  const names = Object.keys(labels);
  it('has at least 40 pages of the kinds readers click on', () => {
    expect(names.length).toBeGreaterThanOrEqual(40);
    expect(new Set(names.map((n) => labels[n]!.kind)).size).toBeGreaterThanOrEqual(7);
    expect(readdirSync(NON_ARTICLES).filter((f) => f.endsWith('.html')).sort()).toEqual([...names].sort());
  });

  it('tells at least 90 % of them apart, and "Show it anyway" (force) still extracts them', () => {
    const passed = names.filter((name) => {
      const doc = parse(readFileSync(path.join(NON_ARTICLES, name), 'utf8'), labels[name]!.url);
      const result = extractArticle(doc);
      if (!result.ok) expect(result.reason).toBe('not-article');
      return result.ok;
    });
    expect(passed.length / names.length, `taken for articles: ${passed.join(', ')}`).toBeLessThanOrEqual(0.1);
    const forced = extractArticle(parse(readFileSync(path.join(NON_ARTICLES, 'home-1.html'), 'utf8'), labels['home-1.html']!.url), { force: true });
    expect(forced.ok).toBe(true);
  }, 60_000);
});

describe.skipIf(!devPresent)('the dev corpus articles (../shared/corpus/aeb-dev; skipped: corpus not present)', () => {
  it('refuses none of every tenth page (bench:extract counts all 111)', () => {
    const truth = JSON.parse(readFileSync(path.join(DEV, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
    const ids = Object.keys(truth).sort().filter((_, i) => i % 10 === 5);
    const refused = ids.filter((id) => {
      const html = gunzipSync(readFileSync(path.join(DEV, 'html', `${id}.html.gz`))).toString('utf8');
      return !extractArticle(parse(html, truth[id]!.url)).ok;
    });
    expect(refused).toEqual([]);
  }, 120_000);
});
