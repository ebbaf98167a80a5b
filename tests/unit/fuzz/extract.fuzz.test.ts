// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleDraft } from '../../../utils/clipping-draft';
import { DEFAULT_MAX_ELEMENTS, extractArticle, type ExtractResult } from '../../../utils/extract';
import { MAX_NESTING_DEPTH, nestedDeeperThan } from '../../../utils/extract/bounds';
import { JSDOM } from 'jsdom';
import { executableContentInHtml } from '../xss-check';
import { bound, anyPage, deepNesting, hugeAttributes, params, timed, timeoutFor } from './config';

// extractArticle on random and malformed pages: it never throws, always returns its typed result,
// ends within a bound, and what it returns is safe to store once sanitized. Pages are parsed with
// jsdom, not happy-dom: on some random pages happy-dom's DOM never lets Readability finish (the same
// pages take 30 ms in jsdom and 250 ms in Chromium), which hung local runs with random seeds.
const REASONS = new Set(['not-article', 'too-large', 'failed']);
const BOUND_MS = 5_000;

function assertTyped(result: ExtractResult) {
  expect(result && typeof result === 'object').toBe(true);
  if (!result.ok) {
    expect(REASONS).toContain(result.reason);
    if ('detail' in result && result.detail !== undefined) expect(typeof result.detail).toBe('string');
    return;
  }
  const a = result.article;
  for (const key of ['title', 'url', 'canonicalUrl', 'html', 'text'] as const) expect(typeof a[key], key).toBe('string');
  for (const key of ['byline', 'siteName', 'publishedTime', 'lang', 'leadImage', 'excerpt'] as const) {
    expect(a[key] === null || typeof a[key] === 'string', key).toBe(true);
  }
  expect([null, 'ltr', 'rtl']).toContain(a.dir);
  expect(Number.isInteger(a.wordCount) && a.wordCount >= 0).toBe(true);
  expect(Number.isFinite(a.readingMinutes) && a.readingMinutes >= 0).toBe(true);
  expect(a.text.trim()).not.toBe('');
  if (a.publishedTime) expect(Number.isNaN(Date.parse(a.publishedTime))).toBe(false);
  for (const url of [a.canonicalUrl, a.leadImage]) if (url) expect(url).toMatch(/^https?:/);
  // Structured-cloneable: it crosses from the page to the popup.
  expect(() => structuredClone(result)).not.toThrow();
  // Stored only sanitized, and then nothing in it runs.
  expect(executableContentInHtml(articleDraft(a).html, document)).toEqual([]);
}

/** The page in jsdom; a page jsdom itself throws on (`<base xlink:href>` crashes its URL parser) is no case. */
function parseHtml(html: string, url: string): Document {
  let doc: Document | undefined;
  try {
    doc = new JSDOM(html, { url }).window.document;
  } catch {
    // jsdom's bug, not a page the extension meets: skipped
  }
  fc.pre(doc !== undefined);
  return doc;
}

function extractBounded(html: string, options = { force: false }) {
  const doc = parseHtml(html, 'https://news.example/story');
  const { value, ms } = timed(() => extractArticle(doc, options));
  expect(ms).toBeLessThan(bound(BOUND_MS));
  return value;
}

describe('extraction fuzz', () => {
  it('random and malformed pages: typed result, never a throw, bounded', { timeout: timeoutFor(0.25, 150) }, () => {
    fc.assert(
      fc.property(anyPage, fc.boolean(), (html, force) => assertTyped(extractBounded(html, { force }))),
      params(0.25),
    );
  });

  it('huge attribute values and deep nesting', { timeout: timeoutFor(0.03, 2_000) }, () => {
    fc.assert(
      fc.property(fc.oneof(hugeAttributes(1_000_000), deepNesting()), (body) =>
        assertTyped(extractBounded(`<!doctype html><title>t</title><article><p>${'Words of a story. '.repeat(40)}</p>${body}</article>`, { force: true }))),
      params(0.03),
    );
  });

  it('empty and degenerate documents', () => {
    for (const html of ['', ' ', '<!doctype html>', '<html></html>', '<frameset><frame></frameset>', '\u0000', '<svg></svg>', '<p></p>', '<title>only a title</title>']) {
      for (const force of [false, true]) assertTyped(extractBounded(html, { force }));
    }
  });

  it('a 10 MB article page: typed result within the bound', { timeout: bound(120_000) }, () => {
    const paragraph = `<p>${'The council debated the riverside plan for hours, and the vote was close. '.repeat(40)}</p>\n`;
    const html = `<!doctype html><html lang="en"><head><title>A very long report</title></head><body><article><h1>A very long report</h1>${paragraph.repeat(Math.ceil(10_000_000 / paragraph.length))}</article></body></html>`;
    expect(html.length).toBeGreaterThan(10_000_000);
    const doc = parseHtml(html, 'https://news.example/long');
    const { value, ms } = timed(() => extractArticle(doc));
    expect(ms).toBeLessThan(bound(60_000));
    expect(value.ok || REASONS.has(value.reason)).toBe(true);
  });

  // vitest's default 5 s time-out, stretched by the load as the bounds here are: 0.9 s at a load of 2–4, 6.5 s at 19
  it('a page with more elements than the bound is refused as too large, fast', { timeout: bound(5_000) }, () => {
    const html = `<!doctype html><title>t</title><body>${'<div><span>x</span></div>'.repeat(DEFAULT_MAX_ELEMENTS / 2 + 10)}</body>`;
    const result = extractBounded(html, { force: true });
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
  });
});

describe('nesting bound', () => {
  it('measures depth exactly around the limit', () => {
    const page = (depth: number) => parseHtml(`<!doctype html><body>${'<div>'.repeat(depth)}x</body>`, 'https://a.example/');
    // html > body > div × n: the deepest element sits at n + 2.
    expect(nestedDeeperThan(page(MAX_NESTING_DEPTH - 2))).toBe(false);
    expect(nestedDeeperThan(page(MAX_NESTING_DEPTH - 1))).toBe(true);
    expect(nestedDeeperThan(parseHtml('', 'https://a.example/'))).toBe(false);
  });

  it('refuses a page nested deeper than the bound as too large, at once', () => {
    const html = `<!doctype html><title>t</title><article><p>${'Words of a story. '.repeat(40)}</p>${'<ul>'.repeat(2_000)}deep</article>`;
    // jsdom's parse of the nesting is not ours to bound (~400 ms of it on an idle machine): the refusal is timed alone
    const doc = parseHtml(html, 'https://a.example/');
    const { value, ms } = timed(() => extractArticle(doc, { force: true }));
    expect(value).toMatchObject({ ok: false, reason: 'too-large' });
    expect(ms).toBeLessThan(bound(1_000));
  });
});
