// @vitest-environment node
// The elements the extraction's walks choose (utils/extract/walk.ts, the marked main blocks, the ad-slot rule):
// which ones, in which order, on small pages of our own. They held a version that selected the candidates
// natively first (scripts/bench-extract-chromium.ts, docs/benchmarks.md) to the walks' results.
import { describe, expect, it } from 'vitest';
import { pageShape } from '../../../utils/extract/article-gate';
import { betterMainBlock, markedBlock } from '../../../utils/extract/main-block';
import { removeAdSlots } from '../../../utils/extract/rules/ad-slots';
import { byTags, elementsWhere } from '../../../utils/extract/walk';
import { parseHtml } from '../dom';

const sentence = 'A sentence of the story, long enough to be running text that a reader came to the page for, and then some more.';
const prose = (n: number) => `<p>${sentence.repeat(n)}</p>`;

describe('byTags', () => {
  const doc = parseHtml(
    '<html><body><div id="root"><p id="a">x<span id="b">y</span></p><li id="c"><p id="d">z</p></li><math id="e"><mi>x</mi></math><svg><a id="f"></a></svg></div></body></html>',
  );
  const root = doc.getElementById('root')!;

  it('gives the elements of those names under the root, in document order, the root left out, as a walk over every element does', () => {
    const ids = (els: Element[]) => els.map((el) => el.id);
    expect(ids(byTags(root, 'span p li'))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(byTags(doc.getElementById('a')!, 'p span'))).toEqual(['b']);
    for (const names of ['span p li', 'math a', 'div p']) {
      const wanted = new Set(names.split(' '));
      expect(byTags(root, names)).toEqual(elementsWhere(root, (el) => wanted.has(el.localName)));
    }
  });

  it('is a copy: removing what it gave leaves its list whole', () => {
    const fresh = parseHtml('<html><body><p>1</p><p>2</p><p>3</p></body></html>');
    const paragraphs = byTags(fresh.body, 'p');
    for (const p of paragraphs) p.remove();
    expect(paragraphs).toHaveLength(3);
    expect(fresh.body.children).toHaveLength(0);
  });
});

describe('the marked main blocks', () => {
  it("finds a block by a word of its itemprop in any case, by role=\"main\", and counts each mark's blocks in document order", () => {
    const page = parseHtml(
      `<html><body><div itemprop="articleBodyText">${prose(1)}</div><div itemprop="text ArticleBody" id="body">${prose(8)}</div>` +
        `<div role="mainly">${prose(1)}</div><main id="m1"><p>menu</p></main><section role="main" id="m2">${prose(9)}</section></body></html>`,
    );
    const chosen = parseHtml(`<html><body>${prose(1)}</body></html>`).body;
    const small = pageShape(chosen);
    const found = betterMainBlock(page, chosen, small);
    expect(found).toEqual({ mark: 'articleBody', index: 0 });
    expect(markedBlock(page, found!).id).toBe('body');

    page.getElementById('body')!.removeAttribute('itemprop');
    const main = betterMainBlock(page, chosen, small);
    // <main> and role="main" are one mark, in document order: the section is its second block.
    expect(main).toEqual({ mark: 'main', index: 1 });
    expect(markedBlock(page, main!).id).toBe('m2');
  });
});

describe('removeAdSlots', () => {
  it('removes a short slot named by its class or its id, and keeps a long block and the body', () => {
    const doc = parseHtml(
      `<html><body class="ad"><div class="ad-slot">Advertisement</div><div id="gpt-ad-1"><span>Ad</span></div><p>Plain</p><div class="ads">${sentence.repeat(3)}</div></body></html>`,
    );
    removeAdSlots(doc);
    expect(doc.body.className).toBe('ad');
    expect([...doc.body.children].map((el) => el.outerHTML.slice(0, 18))).toEqual(['<p>Plain</p>', '<div class="ads">A']);
  });
});
