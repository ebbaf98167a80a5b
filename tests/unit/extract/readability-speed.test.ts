// @vitest-environment node
// The build patches Readability to be faster (utils/extract/readability-speed.ts) and drops the paths extract.js never
// takes (readability-unused.ts); it must return exactly what the published Readability returns (the fields extract.js
// reads, with the options it passes), and the build must fail when a patch no longer finds its text.
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { withMethodsAtTheirCalls, withPatches } from '../../../utils/extract/readability-patch';
import { withoutLogging } from '../../../utils/extract/readability-quiet';
import { SPEED_PATCHES, withSpeedPatches } from '../../../utils/extract/readability-speed';
import { ONCE_CALLED, ONCE_READ_PATTERNS, UNUSED_PATHS, withoutUnusedPaths } from '../../../utils/extract/readability-unused';
import { parseHtml } from '../dom';

const source = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');

type Parsed = { content: string; title: string; byline: string | null; textContent: string } | null;
type ReadabilityClass = new (doc: Document, options?: object) => { parse(): Parsed; _pageAgain?: () => Document };
/** What extract.js passes to Readability and reads of its result (utils/extract/readability-module.d.ts). */
const OPTIONS = { keepClasses: true };
const FIELDS = ['title', 'byline', 'dir', 'lang', 'content', 'siteName', 'publishedTime'] as const;
const read = (parsed: Parsed) => parsed && Object.fromEntries(FIELDS.map((field) => [field, (parsed as Record<string, unknown>)[field]]));
function load(code: string): ReadabilityClass {
  const module = { exports: {} as unknown };
  new Function('module', 'exports', code)(module, module.exports);
  return module.exports as ReadabilityClass;
}
const [published, patched, shipped] = [source, withSpeedPatches(source), withoutLogging(withoutUnusedPaths(withSpeedPatches(source)))].map(load) as [
  ReadabilityClass,
  ReadabilityClass,
  ReadabilityClass,
];

/**
 * A page as utils/extract/index.ts gives it to Readability: its copy has no style sheets (pageCopy), and the shipped
 * Readability no longer looks for them; the published one, given the page with them, must return the same.
 */
const withoutStyles = (html: string) => html.replace(/<style>[^<]*<\/style>/g, '');

/** A patched Readability given `_pageAgain`, as utils/extract/index.ts gives it (the page for a retry made again from the same HTML). */
function withPageAgain(R: ReadabilityClass, parse: (html: string) => Document, html: string, options?: object) {
  const reader = new R(parse(html), options);
  reader._pageAgain = () => parse(html);
  return reader;
}

const prose = (i: number) => `<p>Paragraph ${i} of the harbour story, with commas, clauses, and enough words to be running text.</p>`;
/** Pages that go through each patched path: hidden and visible inline styles, bylines found or not, one-tag lists (in order: the first JSON-LD article wins). */
const PAGES: Record<string, string> = {
  'inline styles': `<html><head><title>Harbour wall</title><style>p { color: red }</style></head><body>
    <div style="display: none"><p>Hidden by its style, a long paragraph, with commas, that Readability drops.</p></div>
    <div style="visibility:hidden">Invisible teaser text, long enough, with a comma, to count.</div>
    <article style="color: #333"><h1>Harbour wall</h1>${[1, 2, 3, 4, 5, 6].map(prose).join('')}
    <p style="display:block">Shown with a style of its own, with commas, clauses, and words enough to count.</p></article>
    <font>Old markup</font><script>var x = 1;</script><noscript>No script</noscript></body></html>`,
  'bylines, two JSON-LD articles': `<html><head><title>Quay</title>${['First headline', 'Second headline'].map((headline) => `<script type="application/ld+json">
    {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "${headline}", "description": "About ${headline}", "author": {"name": "${headline} author"}}</script>`).join('')}
    </head><body><article>
    <div class="byline">By Anna Berg</div><a rel="author" href="/a">Ola Nordmann</a>
    <p class="author">${'A very long author line that is far too long to be a byline. '.repeat(3)}</p>
    ${[1, 2, 3, 4, 5].map(prose).join('<br><br>')}</article></body></html>`,
  'long byline only': `<html><head><title>Pier</title><meta property="og:description" content="The pier &amp; its lamps">
    <meta property="og:site_name" content="Pier &quot;News&quot;"><meta property="article:published_time" content="2024-05-01"></head><body><article class="story page">
    <p itemprop="author">${'Written by a committee of many people. '.repeat(4)}</p><span itemprop="author"></span>
    ${[1, 2, 3, 4].map(prose).join('')}<h2>Pier</h2><table><tr><td>${prose(9)}</td></tr></table></article></body></html>`,
  // JSON-LD articles of the types whose alternatives the shipped pattern drops (each holds one it keeps), in a list and
  // in a @graph; paragraphs scored by commas of other scripts (Arabic, fullwidth) next to Latin ones.
  'JSON-LD types, commas of other scripts': `<html><head><title>Dock</title><script type="application/ld+json">
    [{"@type": "WebPage", "name": "Not this"}, {"@context": "https://schema.org", "@type": "AnalysisNewsArticle", "name": "Analysis headline", "author": {"name": "Kari Dock"}}]</script>
    <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "Organization", "name": "Org"}, {"@type": "LiveBlogPosting", "headline": "Graph headline"}]}</script>
    </head><body><div class="a"><p>${'كلمة، كلمة، '.repeat(12)}</p><p>${'港口，船只，'.repeat(20)}</p></div>
    <div class="b">${[1, 2, 3].map(prose).join('')}</div></body></html>`,
  'JSON-LD in a graph only': `<html><head><title>Quay</title><script type="application/ld+json">{"@context": "http://schema.org", "@graph": [{"@type": "MedicalScholarlyArticle", "headline": "A scholarly headline", "datePublished": "2020-01-02"}]}</script>
    </head><body><article>${[1, 2, 3, 4, 5, 6, 7, 8].map(prose).join('')}</article></body></html>`,
  // Tables told data or layout by their spans alone (missing, empty, wordy, "0" and set; a "widget" class would remove
  // a layout table), meta names the shipped pattern no longer keeps (descriptions) beside ones it does, empty classes and
  // ids, an empty heading between paragraphs, an "ol" list of links.
  'spans, meta names, empty marks': `<html><head><title>Ferry times</title><meta name="description" content="Ferry &amp; quay">
    <meta name="dc.description" content="Times"><meta name="dc.creator" content="Ida Fjord"><meta name="twitter:title" content="Ferry times | Quay"></head>
    <body class=""><div id="" class=""><h2></h2>${[1, 2, 3, 4].map(prose).join('')}
    <table class="widget"><tr><td colspan="">a</td><td colspan="x">b</td><td colspan="0">c</td><td colspan="2">d</td></tr><tr><td>e</td></tr></table>
    <table class="widget">${['', 'x', '0', '3'].map((span) => `<tr rowspan="${span}"><td>f</td><td>g</td></tr>`).join('')}</table>
    <table class="widget">${'<tr><td colspan="">h</td></tr>'.repeat(6)}</table>
    <ol><li><a href="/1">One ferry</a></li><li><a href="/2">Two ferries</a></li></ol><section></section>${[5, 6, 7].map(prose).join('')}</div></body></html>`,
  'retries (too little text)': `<html><head><title>Short</title></head><body><div class="comment">A comment, short.</div>
    <div style="display:none">gone</div><p>Only a line, under the threshold.</p></body></html>`,
  // Each step parse takes before _grabArticle changes this page: a noscript image unwrapped, scripts and styles
  // removed, <br>s made paragraphs, <font> made <span>; its text is too short, so every retry runs.
  'retries after every preparing step': `<html><head><title>Quay</title><style>p { color: red }</style><script>var a = 1;</script></head><body>
    <div class="sidebar">A side note, short.</div><img class="lazy"><noscript><img src="https://example.org/q.jpg" alt="Quay"></noscript>
    <div>First line<br><br>second line, short<script>var b = 2;</script></div><font>Old markup</font><style>i { color: blue }</style></body></html>`,
};

describe('withSpeedPatches (Readability for extract.js)', () => {
  it('finds the text of every patch in the installed Readability, once', () => {
    const out = withSpeedPatches(source);
    for (const { replace } of SPEED_PATCHES) expect(out).toContain(replace);
  });

  it('fails when a patch no longer finds its text, or finds it twice', () => {
    const [first] = SPEED_PATCHES;
    expect(() => withSpeedPatches(source.replace(first!.find, ''))).toThrow(new RegExp(first!.name));
    expect(() => withSpeedPatches(source + first!.find)).toThrow(/no longer finds its text once/);
    // The unused paths are taken out of the source as the speed patches leave it.
    const sped = withSpeedPatches(source);
    for (const { name, find } of UNUSED_PATHS) expect(() => withoutUnusedPaths(sped.replace(find, ''))).toThrow(`the patch "${name}"`);
    // A method is moved to its call once the other patches have run (one of them writes a call it moves).
    const patched = withPatches(sped, UNUSED_PATHS);
    for (const { method, call } of ONCE_CALLED) expect(() => withMethodsAtTheirCalls(patched.replace(call, ''), ONCE_CALLED)).toThrow(`the patch "${method} at its call"`);
  }, 30_000); // every patch's source patched again: ~80 × 80 searches of Readability's 100 KB, slow on a loaded machine

  it('leaves none of the unused paths in the shipped source', () => {
    const code = withoutUnusedPaths(withSpeedPatches(source));
    for (const gone of ['__JSDOMParser__', '_cleanClasses', 'replaceFonts', 'nextLink', 'prevLink', '.excerpt', 'options.', 'textContent,', '_findNode', 'this._debug) {\n        this.log("Article', '["style"]']) expect(code).not.toContain(gone);
    // Methods called in one place and patterns read in one place are written there.
    for (const { method } of ONCE_CALLED) expect(code).not.toContain(method);
    for (const method of ['_isValidByline', '_isProbablyVisible', '_cleanMatchedNodes', '_getRowAndColumnCount', '_flagIsActive', '_removeFlag']) expect(code).not.toContain(method);
    for (const name of ONCE_READ_PATTERNS) expect(code).not.toContain(`REGEXPS.${name}`);
    // `_hasAncestorTag` no longer upper-cases its tag: every call names it in upper case.
    expect(code).toMatch(/_hasAncestorTag\(node, "TABLE"/);
    expect(code).not.toMatch(/_hasAncestorTag\(\w+, "[^"]*[a-z]/);
  });

  for (const [name, html] of Object.entries(PAGES)) {
    it(`returns what the published Readability returns: ${name}`, () => {
      for (const parse of [(h: string) => parseHtml(h, 'https://example.org/a'), (h: string) => new JSDOM(h, { url: 'https://example.org/a' }).window.document]) {
        expect(withPageAgain(patched, parse, html).parse()).toEqual(new published(parse(html)).parse());
        expect(read(withPageAgain(shipped, parse, withoutStyles(html), OPTIONS).parse())).toEqual(read(new published(parse(html), OPTIONS).parse()));
      }
    });
  }

  it('makes the page again only for a retry, once, and returns the same', () => {
    for (const [name, html] of Object.entries(PAGES)) {
      let made = 0;
      const reader = new shipped(parseHtml(withoutStyles(html)), OPTIONS);
      reader._pageAgain = () => {
        made++;
        return parseHtml(withoutStyles(html));
      };
      expect(read(reader.parse()), name).toEqual(read(new published(parseHtml(html), OPTIONS).parse()));
      expect(made, name).toBe(name.startsWith('retries') ? 1 : 0);
    }
  });

  it('still drops what an inline style hides, reads the first JSON-LD article, takes no long byline', () => {
    const parsed = (name: string) => withPageAgain(patched, parseHtml, PAGES[name]!).parse();
    const inline = parsed('inline styles');
    expect(inline?.textContent).not.toContain('Hidden by its style');
    expect(inline?.textContent).toContain('Shown with a style of its own');
    expect(parsed('bylines, two JSON-LD articles')?.title).toBe('First headline');
    expect(parsed('long byline only')?.byline).toBeNull();
  });
});
