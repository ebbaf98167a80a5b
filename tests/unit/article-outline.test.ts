import { describe, expect, it } from 'vitest';
import { articleOutline } from '../../utils/article-outline';

const body = (html: string) => Object.assign(document.createElement('div'), { innerHTML: html });
const levels = (root: ParentNode) => Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'), (h) => `${h.tagName}:${h.textContent}`);

describe('articleOutline', () => {
  it('puts the body’s highest level at h2 and skips none: siblings stay siblings, a deeper one one level down', () => {
    const root = body('<h4>Tides</h4><p>a</p><h4>Ferries</h4><h6>Winter</h6><h6>Summer</h6><h5>Fares</h5><h4>Dredging</h4>');
    articleOutline()(root);
    expect(levels(root)).toEqual(['H2:Tides', 'H2:Ferries', 'H3:Winter', 'H3:Summer', 'H3:Fares', 'H2:Dredging']);
  });

  it('makes a page’s own h1 an h2 (one h1 on our page: the title), and follows a climb back up', () => {
    const root = body('<h1>Part one</h1><h3>Detail</h3><h2>Part two</h2><h3>More</h3>');
    articleOutline()(root);
    expect(levels(root)).toEqual(['H2:Part one', 'H3:Detail', 'H3:Part two', 'H4:More']);
  });

  it('keeps a heading’s attributes and its children, links and all, in place', () => {
    const root = body('<p>before</p><h5 class="x" lang="de">Die <a href="https://example.org/">Flut</a></h5><p>after</p>');
    articleOutline()(root);
    expect(root.innerHTML).toBe('<p>before</p><h2 class="x" lang="de">Die <a href="https://example.org/">Flut</a></h2><p>after</p>');
  });

  it('carries the outline from one part of the body to the next (the popup renders its first screen first)', () => {
    const outline = articleOutline();
    const first = body('<h3>Tides</h3><h4>Spring</h4>');
    const rest = body('<h4>Neap</h4><h3>Ferries</h3>');
    outline(first);
    outline(rest);
    expect([...levels(first), ...levels(rest)]).toEqual(['H2:Tides', 'H3:Spring', 'H3:Neap', 'H2:Ferries']);
  });

  it('never goes past h6', () => {
    const root = body('<h1>a</h1><h2>b</h2><h3>c</h3><h4>d</h4><h5>e</h5><h6>f</h6>');
    articleOutline(3)(root);
    expect(levels(root)).toEqual(['H3:a', 'H4:b', 'H5:c', 'H6:d', 'H6:e', 'H6:f']);
  });

  it('marks images with no text alternative as decoration, and keeps the alternatives given', () => {
    const root = body('<img src="a.png"><img src="b.png" alt="The harbour at low tide"><img src="c.png" alt="">');
    articleOutline()(root);
    expect(Array.from(root.querySelectorAll('img'), (i) => i.getAttribute('alt'))).toEqual(['', 'The harbour at low tide', '']);
  });
});
