// Structure survives every step (tests/unit/extract/structure.test.ts checks extraction and the
// sanitizer on inline snippets; this one follows whole pages to the exports): one invented page per kind (tests/fixtures/extract/structure/) goes
// through extraction → the render boundary (utils/sanitize.ts) → Markdown and HTML export, and each
// step is checked for the structure. `it.fails` marks a loss whose fix belongs elsewhere (named in it).
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clippingsHtml } from '../../../utils/clippings/export-html';
import { clippingMarkdown } from '../../../utils/clippings/export-markdown';
import { extractArticle } from '../../../utils/extract';
import { sanitizeHtml } from '../../../utils/sanitize';
import { makeClipping } from '../clippings/helpers';
import { FIXTURES } from '../dom';

const sanitize = (html: string) => sanitizeHtml(html);

interface Steps {
  /** The HTML at each step, parsed: extraction's output, what the reader renders, the exported file. */
  html: Record<'extracted' | 'sanitized' | 'exported', DocumentFragment>;
  markdown: string;
}

function steps(name: string): Steps {
  const source = readFileSync(path.join(FIXTURES, 'extract/structure', `${name}.html`), 'utf8');
  const result = extractArticle(new JSDOM(source, { url: `https://news.example.org/${name}` }).window.document);
  if (!result.ok) throw new Error(`${name}: not extracted (${result.reason})`);
  const { article } = result;
  // What the store keeps: the article's HTML sanitized once (and again at every render and export).
  const clipping = makeClipping(1, { title: article.title, html: sanitize(article.html), text: article.text, url: article.url, canonicalUrl: article.url });
  const parse = (html: string) => document.createRange().createContextualFragment(html);
  return {
    html: { extracted: parse(article.html), sanitized: parse(sanitize(clipping.html)), exported: parse(clippingsHtml([clipping], sanitize)) },
    markdown: clippingMarkdown(clipping, sanitize),
  };
}

/** Runs a check on the HTML of every step, naming the step that fails. */
function eachStep(s: Steps, check: (root: DocumentFragment, step: string) => void) {
  for (const [step, root] of Object.entries(s.html)) check(root, step);
}

const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent!.trim());

describe('a table', () => {
  const s = steps('table');
  it('keeps its caption, header cells and rows in the article, the reader and the HTML export', () => {
    eachStep(s, (root, step) => {
      expect(texts(root, 'table caption'), step).toEqual(['Ship calls by quarter']);
      expect(texts(root, 'table th'), step).toEqual(['Quarter', 'Calls', 'Average stay (h)']);
      expect(texts(root, 'table tr:last-child td'), step).toEqual(['Q4', '431', '28.75']);
    });
  });
  it('is a pipe table in Markdown', () => {
    expect(s.markdown).toContain('Ship calls by quarter\n\n| Quarter | Calls | Average stay (h) |\n| --- | --- | --- |\n| Q1 | 412 | 31.5 |');
    expect(s.markdown).toContain('| Q4 | 431 | 28.75 |\n');
  });
});

describe('a code block', () => {
  const s = steps('code');
  const line = '        pilot = next(p for p in pilots if p.free_at <= call.eta)';
  it('keeps its lines and indentation at every step', () => {
    eachStep(s, (root, step) => expect(root.querySelector('pre code')?.textContent, step).toContain(`\n${line}\n`));
    expect(s.markdown).toMatch(new RegExp(`\`\`\`[a-z]*\\n[^]*\\n${line.replace(/[()]/g, '\\$&')}\\n[^]*\`\`\``));
  });
  // Finding for utils/extract: removePageAttributes drops every class, `language-python` with them.
  it.fails('keeps its language for the Markdown fence', () => {
    expect(s.markdown).toContain('```python\n');
  });
});

describe('MathML', () => {
  const s = steps('mathml');
  const tex = 'w = \\frac{c^2}{\\sum_q c_q^2}';
  it('keeps the formula as its TeX text at every step', () => {
    eachStep(s, (root, step) => expect(root.textContent, step).toContain(tex));
    expect(s.markdown).toContain('`w = \\frac{c^2}{\\sum_q c_q^2}`');
  });
  // Finding for the lead: the sanitizer forbids <math> (a security choice), so extraction flattens
  // MathML to its TeX text; a reader sees source, not a typeset formula.
  it.fails('keeps the formula as MathML for the reader', () => {
    expect(s.html.sanitized.querySelector('math mfrac')).not.toBeNull();
  });
});

describe('footnotes', () => {
  const s = steps('footnotes');
  it('keep their markers and notes at every step', () => {
    eachStep(s, (root, step) => {
      expect(texts(root, 'sup a'), step).toEqual(['1', '2']);
      expect(texts(root, 'ol li')[0], step).toMatch(/^Measured from arrival at the outer buoy/);
    });
    expect(s.markdown).toMatch(/fell by a third\[1\]\(#fn1\)[^]*1\.\s+Measured from arrival/);
  });
  it('link to their notes in the extracted article', () => {
    expect(s.html.extracted.querySelector('sup a')!.getAttribute('href')).toBe('#fn1');
    expect(s.html.extracted.querySelector('li#fn1')).not.toBeNull();
  });
  // Finding for the lead: utils/sanitize.ts drops every id (DOM clobbering), so no marker reaches its
  // note in the reader or the export (and in-page links get target=_blank). DOMPurify's
  // SANITIZE_NAMED_PROPS (ids prefixed "user-content-", hrefs rewritten to match) would keep them.
  it.fails('link to their notes in the reader', () => {
    const marker = s.html.sanitized.querySelector('sup a')!;
    expect(s.html.sanitized.querySelector(marker.getAttribute('href')!)).not.toBeNull();
  });
});

describe('a <picture> with srcset', () => {
  const s = steps('picture');
  it('keeps one image with its address, text alternative and caption at every step', () => {
    eachStep(s, (root, step) => {
      expect([...root.querySelectorAll('figure img')].map((i) => i.getAttribute('src')), step).toEqual(['https://img.example.org/boat-800.jpg']);
      expect(root.querySelector('figure img')!.getAttribute('alt'), step).toBe('A pilot boat leaving the harbour at dawn');
      expect(texts(root, 'figcaption'), step).toEqual(['The first of three new pilot boats leaves the harbour.']);
    });
    expect(s.markdown).toContain('![A pilot boat leaving the harbour at dawn](https://img.example.org/boat-800.jpg)');
  });
});

describe('lazy images (data-src, data-srcset, loading=lazy)', () => {
  const s = steps('lazy-images');
  const want = ['https://img.example.org/tug-1.jpg', 'https://img.example.org/tug-2-1600.jpg', 'https://img.example.org/tug-3.jpg'];
  it('show their real image in the reader and the HTML export (data-src, loading=lazy), with their captions', () => {
    for (const step of ['sanitized', 'exported'] as const) {
      const srcs = [...s.html[step].querySelectorAll('figure img')].map((i) => i.getAttribute('src'));
      expect(srcs, step).toHaveLength(3);
      expect(srcs, step).toEqual(expect.arrayContaining([want[0], want[2]]));
      expect(texts(s.html[step], 'figcaption'), step).toHaveLength(3);
    }
    expect(s.markdown).toContain(`](${want[0]})`);
    expect(s.markdown).toContain(`](${want[2]})`);
  });
  // Finding for utils/extract: giveImagesSources runs before Readability, and only Readability copies
  // data-srcset to srcset; the image ends with a srcset and no src, and the sanitizer keeps no srcset.
  it.fails('show an image given only by data-srcset (its widest candidate)', () => {
    expect([...s.html.sanitized.querySelectorAll('figure img')].map((i) => i.getAttribute('src'))).toEqual(want);
    expect(s.markdown).toContain(`](${want[1]})`);
  });
});

describe('an embedded tweet and videos', () => {
  const s = steps('embeds');
  it('keep the tweet as a quote with its link at every step', () => {
    eachStep(s, (root, step) => {
      expect(texts(root, 'blockquote p'), step).toEqual(['Record day at the harbour: 23 ship calls and not one delayed berth.']);
      expect(root.querySelector('blockquote a')?.getAttribute('href'), step).toBe('https://twitter.com/harbour_auth/status/1234567890');
    });
    expect(s.markdown).toContain('> Record day at the harbour');
  });
  it('turn the videos into links at every step, with nothing that loads or plays', () => {
    eachStep(s, (root, step) => {
      expect(root.querySelector('iframe, video, script'), step).toBeNull();
      expect(root.querySelector('a[href="https://www.youtube.com/embed/dQw4w9WgXcQ"]')?.textContent, step).toContain('The new pilot boats');
      expect(root.querySelector('a[href="https://media.example.org/harbour-night.mp4"]'), step).not.toBeNull();
    });
    expect(s.markdown).toMatch(/\[The new pilot boats[^\]]*\]\(https:\/\/www\.youtube\.com\/embed\/dQw4w9WgXcQ\)/);
    expect(s.markdown).toContain('(https://media.example.org/harbour-night.mp4)');
  });
});
