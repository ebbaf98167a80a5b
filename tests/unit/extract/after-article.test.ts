// What the page set after its marked article, kept in Readability's block (afterArticle). Invented page, in French.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../utils/extract/plain-text';
import { removeAfterArticle } from '../../../utils/extract/rules/after-article';
import { parseHtml } from '../dom';

function body(html: string): Element {
  return parseHtml(`<html><body><div class="page">${html}</div></body></html>`, 'https://example.fr/societe/port').body;
}
const para = (n: number) => `<p>Paragraphe ${n} de l'article, assez long pour être le texte que le lecteur est venu lire ce matin au port.</p>`;
const story = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => para(from + i)).join('');
const appeal = `<div><h2>Soutenez notre journal</h2><p>Nous sommes fiers d'offrir nos nouvelles gratuitement, en ligne et sur papier.</p></div><div><p>Soyez le premier à commenter</p></div>`;

describe('removeAfterArticle', () => {
  it('drops what follows the marked article (an <article>, or itemprop=articleBody) inside the block', () => {
    const root = body(`<div><article>${story(0, 8)}</article></div>${appeal}`);
    removeAfterArticle(root);
    expect(plainText(root)).toBe(plainText(body(story(0, 8))));
    const marked = body(`<div itemprop="articleBody">${story(0, 8)}</div>${appeal}`);
    removeAfterArticle(marked);
    expect(plainText(marked)).toBe(plainText(body(story(0, 8))));
  });

  it('keeps the text after an <article> that holds under three quarters of the block (the lead only, or a teaser card)', () => {
    const lead = `<article>${story(0, 2)}</article>${story(2, 6)}${appeal}`;
    const card = `${story(0, 6)}<article><h3>Le ferry revient</h3></article>${story(6, 8)}`;
    for (const html of [lead, card]) {
      const root = body(html);
      removeAfterArticle(root);
      expect(plainText(root)).toBe(plainText(body(html)));
    }
  });
});
