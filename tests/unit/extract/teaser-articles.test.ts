// @vitest-environment node
// A teaser for another story set among the paragraphs as an <article> of its own (teaserArticles). Invented page, in Spanish.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../utils/extract/plain-text';
import { removeTeaserArticles } from '../../../utils/extract/rules/teaser-articles';
import { parseHtml } from '../dom';

function body(html: string): Element {
  return parseHtml(`<html><body><div class="page">${html}</div></body></html>`, 'https://example.es/sociedad/puerto').body;
}
const para = (n: number) => `<p>Párrafo ${n} de la noticia, lo bastante largo para ser el texto que el lector vino a leer hoy al puerto.</p>`;
const story = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => para(from + i)).join('');
const teaser = (headline: string) =>
  `<article class="preview"><a href="/sociedad/${headline.length}"><figure><img src="/img/${headline.length}.jpg" alt=""></figure><span>Más noticias</span><header><h3>${headline}</h3></header></a></article>`;

describe('removeTeaserArticles', () => {
  it('drops a short inner article with a headline between paragraphs, each of two apart in the text', () => {
    const root = body(`${story(0, 3)}${teaser('El alcalde cierra el muelle norte')}${story(3, 6)}<div>${teaser('Vuelve el ferri a la isla')}</div>${story(6, 8)}`);
    removeTeaserArticles(root);
    expect(plainText(root)).toBe(plainText(body(story(0, 8))));
  });

  it('keeps a run of short articles side by side (a live blog), a long inner article and one without a headline', () => {
    const live = `<div><article><h3>10:05</h3><p>Llega el primer barco.</p></article><article><h3>10:20</h3><p>Se abre la lonja.</p></article></div>`;
    const long = `<article><h2>La historia del puerto</h2>${story(20, 23)}</article>`;
    const note = `<article><p>Una carta de un lector sobre el muelle.</p></article>`;
    const html = `${story(0, 3)}${live}${story(3, 5)}${long}${note}${story(5, 7)}`;
    const root = body(html);
    removeTeaserArticles(root);
    expect(plainText(root)).toBe(plainText(body(html)));
  });

  it('never takes the article: a teaser-shaped inner article holding most of the text stays', () => {
    const root = body(`${teaser('Todo lo que hay que saber del puerto de la ciudad este verano')}<p>Una línea.</p>`);
    removeTeaserArticles(root);
    expect(plainText(root)).toContain('Todo lo que hay que saber');
  });
});
