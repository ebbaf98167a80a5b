// Widgets recognised by what they are made of, not by their words: each on an invented page in German,
// French or Spanish, where a word list in English would see nothing.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../utils/extract/plain-text';
import { removeWidgets } from '../../../utils/extract/rules/widgets';
import { parseHtml } from '../dom';

const URL = 'https://www.hafenblatt.example/lokales/hafenmauer-1234';
function body(html: string): Element {
  return parseHtml(`<html><body><div class="page">${html}</div></body></html>`, URL).body;
}
const para = (n: number) => `<p>Absatz ${n} der Geschichte über die Hafenmauer, lang genug, um echter Text zu sein, den ein Leser lesen will.</p>`;
const story = (n: number) => Array.from({ length: n }, (_, i) => para(i)).join('');
const same = (root: Element, html: string) => expect(plainText(root)).toBe(plainText(body(html)));

describe('removeWidgets', () => {
  it('drops a share bar by its links to the networks, whatever it says', () => {
    const bar = `<div><span>Artikel teilen</span><ul><li><a href="https://www.facebook.com/sharer/sharer.php?u=x">Auf Facebook teilen</a></li>
      <li><a href="https://twitter.com/intent/tweet?url=x">Twittern</a></li><li><a href="mailto:?subject=Hafenmauer">Per E-Mail senden</a></li></ul></div>`;
    const root = body(`${para(1)}${bar}${story(3)}`);
    removeWidgets(root);
    same(root, `${para(1)}${story(3)}`);
  });

  it('keeps a paragraph that links one network, and a link to a profile', () => {
    const html = `${story(2)}<p>Die Stadt hat ihre Pläne <a href="https://twitter.com/intent/tweet?text=x">auf X geteilt</a> und auf <a href="https://www.facebook.com/hafenstadt">ihrer Seite</a> erklärt, warum die Mauer bis zum Sommer stehen muss und was sie kostet.</p>`;
    const root = body(html);
    removeWidgets(root);
    same(root, html);
  });

  it('drops a short form (a newsletter prompt whose inputs Readability removed), keeps a long one', () => {
    const prompt = '<form action="/newsletter"><p>Recevez chaque matin l’essentiel de l’actualité du port.</p><p>S’inscrire</p></form>';
    const long = `<form action="/vote">${story(4)}</form>`;
    const root = body(`${para(1)}${prompt}${long}`);
    removeWidgets(root);
    same(root, `${para(1)}${story(4)}`);
  });

  it('drops breadcrumbs and comments typed by schema.org, and screen-reader-only labels', () => {
    const root = body(`<ol itemscope itemtype="https://schema.org/BreadcrumbList"><li>Inicio</li><li>Local</li></ol>${story(3)}
      <p><span class="sr-only">Foto:</span> El muelle al amanecer.</p>
      <div itemscope itemtype="http://schema.org/Comment"><p>Comentario de un lector que no es parte del artículo.</p></div>`);
    removeWidgets(root);
    same(root, `${story(3)}<p>El muelle al amanecer.</p>`);
  });

  it('never takes the article: a page that is mostly a form keeps it', () => {
    const root = body(`<form>${story(1)}</form>`);
    removeWidgets(root);
    expect(plainText(root)).toContain('Absatz 0');
  });
});
