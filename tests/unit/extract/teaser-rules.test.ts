// @vitest-environment node
// Clutter kept on dev pages of the tuning half (ids whose sha256 starts 8–f): rails of teaser
// cards, CMS shortcodes printed as text, "Join our … Forums". Each rule on an invented page.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../utils/extract/plain-text';
import { removeFurnitureLines } from '../../../utils/extract/rules/furniture-lines';
import { removePromoLines } from '../../../utils/extract/rules/promo-lines';
import { removeTeaserCards } from '../../../utils/extract/rules/teaser-cards';
import { parseHtml } from '../dom';

function body(html: string): Element {
  return parseHtml(`<html><body><div class="page">${html}</div></body></html>`, 'https://example.org/news/harbour').body;
}
const para = (n: number) => `<p>Paragraph ${n} of the story, long enough to be real text that a reader came here to read today.</p>`;
const story = (n: number) => Array.from({ length: n }, (_, i) => para(i)).join('');
const card = (href: string, kicker: string, headline: string) =>
  `<div><div><a href="${href}"><picture><img src="/img/${kicker.length}.jpg" alt=""></picture></a></div><div><h3>${kicker}</h3><p><span>${headline}</span></p></div></div>`;

describe('removeTeaserCards', () => {
  const rail = `<div>${card('/news/1/dog', 'RANDY ANDY', 'Prince parties in unearthed pictures')}${card('/news/2/time', 'TIME TRAVELLER', 'Theorists say they spotted her in an old picture')}${card('/news/3/court', 'IN COURT', 'Accused tells jury of list of demands')}</div>`;

  it('drops a rail of three or more cards (a picture linking to another story, a kicker and a headline)', () => {
    const root = body(`${story(6)}${rail}${para(7)}`);
    removeTeaserCards(root);
    expect(plainText(root)).toBe(plainText(body(`${story(6)}${para(7)}`)));
  });

  it('keeps two cards, a gallery whose pictures open the image files, and a figure with a long caption', () => {
    const two = `<div>${card('/news/1/dog', 'RANDY ANDY', 'Prince parties')}${card('/news/2/time', 'TIME TRAVELLER', 'Spotted in a picture')}</div>`;
    const gallery = `<div>${[1, 2, 3].map((n) => `<figure><a href="/img/full-${n}.jpg"><img src="/img/${n}.jpg" alt=""></a><figcaption>The harbour wall, part ${n}.</figcaption></figure>`).join('')}</div>`;
    const html = `${story(6)}${two}${gallery}${para(7)}`;
    const root = body(html);
    removeTeaserCards(root);
    expect(plainText(root)).toBe(plainText(body(html)));
  });

  it('never takes the article: a rail holding most of the text stays', () => {
    const root = body(rail);
    removeTeaserCards(root);
    expect(plainText(root)).toContain('TIME TRAVELLER');
  });
});

describe('removeFurnitureLines: CMS shortcodes printed as text', () => {
  it('drops a shortcode with attributes or a closing tag, keeps footnotes and bracketed words', () => {
    const root = body(`${para(1)}<p>[button link="https://example.org/submit/" type="big"] Send us YOUR review[/button]</p><p>[gallery ids="12,13,14"]</p>
      <p>[1] Alarm fatigue: impacts on patient safety, 2015.</p><p>[Applause]</p>${para(2)}`);
    removeFurnitureLines(root);
    expect(plainText(root)).toBe(plainText(body(`${para(1)}<p>[1] Alarm fatigue: impacts on patient safety, 2015.</p><p>[Applause]</p>${para(2)}`)));
  });
});

describe('removePromoLines: forums and apps named', () => {
  it('drops "Join our Space Forums …", keeps a sentence about joining a forum', () => {
    const root = body(`${para(1)}<p>Join our Space Forums to keep talking space on the latest missions! And if you have a news tip, let us know.</p>
      <p>She said she would join the forum's board next year.</p>`);
    removePromoLines(root);
    expect(plainText(root)).toBe(plainText(body(`${para(1)}<p>She said she would join the forum's board next year.</p>`)));
  });
});
