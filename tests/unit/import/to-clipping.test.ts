import { afterEach, describe, expect, it, vi } from 'vitest';
import { importedClipping, withoutHandlers } from '../../../utils/import/to-clipping';
import type { ImportItem } from '../../../utils/import/types';

afterEach(() => vi.restoreAllMocks());

const serialized = (fragment: DocumentFragment) => Array.from(fragment.childNodes, (n) => (n as Element).outerHTML ?? n.textContent).join('');

describe('another app’s HTML before it is sanitized', () => {
  it('loses its inline event handlers, everywhere (in a template’s content, on SVG), and keeps everything else', () => {
    const html = '<p class="lead" ONCLICK="go()">The <b onmouseover="x()">harbour</b>.</p><img src="x.png" onerror="alert(1)" alt="Quay">'
      + '<template><i onfocus="y()">inside</i></template><svg onload="z()"><circle r="1"></circle></svg><p>one + one</p>';
    expect(serialized(withoutHandlers(html, window))).toBe('<p class="lead">The <b>harbour</b>.</p><img src="x.png" alt="Quay">'
      + '<template><i>inside</i></template><svg><circle r="1"></circle></svg><p>one + one</p>');
  });

  it('is parsed in a document of its own, never one of the page (whose CSP Chromium checks each handler against)', () => {
    const made = vi.spyOn(document, 'createElement');
    const parsed = vi.spyOn(window, 'DOMParser');
    withoutHandlers('<p onclick="go()">Text</p>', window);
    withoutHandlers('<p onclick="go()">More</p>', window);
    // at most the frame whose document it borrows (once per window), nothing to parse into
    expect(made.mock.calls.map(([tag]) => tag).filter((tag) => tag !== 'iframe')).toEqual([]);
    expect(parsed).not.toHaveBeenCalled();
  });
});

describe('an imported article', () => {
  it('is parsed once (in the inert document), sanitized from that node and serialized once: never parsed again in the page', () => {
    const html = '<h1>Tide tables</h1><p onclick="go()">The <b>quay-marker</b> flooded.</p><script>bad()</script><img src="https://a.example/q.png" onerror="alert(1)">';
    const item = { key: 'k', url: 'https://a.example/t', title: 'Tide tables', byline: null, siteName: null, publishedTime: null, excerpt: '', savedAt: 1,
      tags: [], state: 'unread', progress: null, source: 'omnivore', highlights: [{ quote: 'quay-marker flooded', note: '', createdAt: null }], html } as unknown as ImportItem;
    const parsedInPage: string[] = [];
    const parse = DOMParser.prototype.parseFromString;
    vi.spyOn(DOMParser.prototype, 'parseFromString').mockImplementation(function (this: DOMParser, markup, type) {
      parsedInPage.push(markup);
      return parse.call(this, markup, type);
    });
    const setter = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!;
    vi.spyOn(Element.prototype, 'innerHTML', 'set').mockImplementation(function (this: Element, markup: string) {
      parsedInPage.push(markup);
      setter.set!.call(this, markup);
    });
    const c = importedClipping(item, window);
    expect(parsedInPage.filter((markup) => markup.includes('quay-marker'))).toEqual([]);
    expect(c).toMatchObject({ html: '<p>The <b>quay-marker</b> flooded.</p><img src="https://a.example/q.png" loading="lazy" decoding="async" referrerpolicy="no-referrer">', text: 'The quay-marker flooded.', linkOnly: false });
    expect(c.highlights[0]!.quote).toMatchObject({ exact: 'quay-marker flooded', prefix: 'The ' });
  });
});
