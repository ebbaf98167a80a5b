// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleDraft } from '../../utils/clipping-draft';
import { extractArticle } from '../../utils/extract';
import { sanitizeHtml, sanitizeToFragment } from '../../utils/sanitize';
import { articlePage, TRAP, vectorPages, withTrap, XSS_VECTORS } from '../fixtures/xss/vectors';
import { executableContent, executableContentInHtml } from './xss-check';

// The unit layer of the XSS corpus: every vector through the one sanitizer, in jsdom (DOMPurify
// misbehaves under happy-dom). The same corpus runs through the whole pipeline in Chromium in
// tests/e2e/xss.spec.ts.
const TRAP_BASE = 'http://127.0.0.1:9/trap';

/** Attributes that would load the trap (text mentioning it is harmless; so is a plain link to it). */
function trapReferences(html: string): string[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.querySelectorAll('*')].flatMap((el) =>
    [...el.attributes]
      .filter((a) => /^https?:\/\/127\.0\.0\.1:9\/trap\//.test(a.value.trim()) && !(el.localName === 'a' && a.name === 'href'))
      .map((a) => `<${el.localName} ${a.name}="${a.value}">`),
  );
}

describe('the XSS corpus', () => {
  it('has at least 100 vectors, each with a unique id, covering every category of issue #7', () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(XSS_VECTORS.map((v) => v.id)).size).toBe(XSS_VECTORS.length);
    const categories = new Set(XSS_VECTORS.map((v) => v.category));
    for (const c of ['script', 'handler', 'js-url', 'data-url', 'svg', 'mathml', 'base-meta-link', 'form', 'frame-object', 'css', 'mxss', 'noscript-template']) {
      expect(categories, c).toContain(c);
    }
  });

  it('signals with the vector id wherever it could run or load', () => {
    const silent = ['clobbering', 'css'];
    for (const v of XSS_VECTORS) {
      if (v.html.includes(TRAP)) expect(v.html, v.id).toContain(v.id);
      else if (v.html.includes('base64,')) continue; // a data: document: nothing to fetch, its script would log
      else if (!silent.includes(v.category)) expect(v.html, v.id).toMatch(/vbscript|Content-Security-Policy/);
    }
  });
});

describe('sanitizeHtml on every vector (jsdom)', () => {
  it.each(XSS_VECTORS.map((v) => [v.id, v.category, v] as const))('%s (%s) leaves nothing executable', (_id, _c, vector) => {
    const dirty = withTrap(vector.html, TRAP_BASE);
    const clean = sanitizeHtml(dirty);
    expect(executableContentInHtml(clean, document)).toEqual([]);
    expect(trapReferences(clean)).toEqual([]);
    // The fragment the popup and reader render holds the same nothing.
    expect(executableContent(sanitizeToFragment(dirty))).toEqual([]);
    // Stable: sanitizing what is stored again (as every render does) changes nothing, so no
    // mutation appears on a second parse.
    expect(sanitizeHtml(clean)).toBe(clean);
  });

  it('also holds when all vectors come in one document', () => {
    const all = XSS_VECTORS.map((v) => withTrap(v.html, TRAP_BASE)).join('\n');
    const clean = sanitizeHtml(all);
    expect(executableContentInHtml(clean, document)).toEqual([]);
    expect(trapReferences(clean)).toEqual([]);
  });
});

describe('extraction then sanitisation of the corpus pages (jsdom)', () => {
  const pages = vectorPages(20, XSS_VECTORS.filter((v) => !v.defeatsExtraction));
  it.each(pages.map((vectors, i) => [i + 1, vectors.map((v) => v.id).join(' '), vectors] as const))(
    'page %i (%s): the stored draft and its render hold nothing executable',
    (_n, _ids, vectors) => {
      const html = articlePage(vectors, { title: 'Council approves riverside plan', trapBase: TRAP_BASE });
      // No `runScripts`: jsdom, like Readability's clone, runs nothing.
      const dom = new JSDOM(html, { url: 'http://127.0.0.1:8000/news/riverside.html' });
      const result = extractArticle(dom.window.document, { force: true });
      expect(result.ok, JSON.stringify(result)).toBe(true);
      if (!result.ok) return;
      expect(result.article.title).toContain('Council approves riverside plan');
      const draft = articleDraft(result.article);
      expect(executableContentInHtml(draft.html, document)).toEqual([]);
      expect(trapReferences(draft.html)).toEqual([]);
      // The article's text keeps the vectors' surroundings (each section's marker paragraph).
      for (const v of vectors) if (!v.solo) expect(result.article.text, v.id).toContain(`Section ${v.id}`);
      // Titles and bylines are text, never markup.
      for (const field of [result.article.title, result.article.byline, result.article.siteName]) {
        expect(field ?? '').not.toMatch(/<[a-z]/i);
      }
    },
  );
});

describe('sanitizeToFragment edge cases', () => {
  it('gives an empty fragment, not null, for markup that parses to no body', () => {
    for (const html of ['<frameset><frame src="x"></frameset>', '<frameset onload="alert(1)">']) {
      const fragment = sanitizeToFragment(html);
      expect(fragment).not.toBeNull();
      const host = document.createElement('div');
      host.replaceChildren(fragment);
      expect(host.innerHTML).toBe('');
    }
  });
});
