// @vitest-environment node
// Twenty-seventh round: the line that files a post under its tags or categories goes, told by its links'
// rel="tag" rather than by its words, so in any language (an invented Dutch blog post).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import { removeTagLines } from '../../../utils/extract/rules/tag-lines';
import { parseHtml } from '../dom';

const para = (n: number) => `<p>Alinea ${n} over de tellingen van de otters langs de Dommel, lang genoeg om lopende tekst te zijn, met komma's en een punt.</p>`;
const story = Array.from({ length: 6 }, (_, i) => para(i)).join('');
const FILED = 'Opgeslagen onder Natuur, Otters.';
const page =
  `<html lang="nl"><head><title>Otters langs de Dommel</title></head><body><main><article><h1>Otters langs de Dommel</h1>${story}` +
  `<p>Opgeslagen onder <a href="/categorie/natuur" rel="category tag">Natuur</a>, <a href="/tag/otters" rel="tag">Otters</a>.</p></article></main></body></html>`;
const textOf = (html: string, off: 'tagLines'[] = []) => {
  const result = extractArticle(parseHtml(html), { force: true, off });
  return result.ok ? result.article.text : '';
};

describe('removeTagLines', () => {
  it('keeps the filing line out of the article, the text in', () => {
    const text = textOf(page);
    expect(text).toContain('Alinea 5 over de tellingen');
    expect(text).not.toContain(FILED);
  });

  it('is what does it: without it the line is kept', () => {
    expect(textOf(page, ['tagLines'])).toContain(FILED);
  });

  it('removes a short list of tag links, and leaves a paragraph of text that links one tag and links without rel="tag"', () => {
    const long = `${'De tellers liepen elke ochtend langs de oevers en schreven op wat ze zagen. '.repeat(4)}Meer onder <a href="/tag/otters" rel="tag">otters</a>.`;
    const root = parseHtml(
      `<div><ul><li><a href="/tag/otters" rel="tag">Otters</a></li><li><a href="/tag/dommel" rel="tag">Dommel</a></li></ul>` +
        `<p>${long}</p><p>Lees <a href="/otters" rel="author">hier</a> verder.</p></div>`,
    ).body;
    removeTagLines(root);
    expect(root.querySelector('ul')).toBeNull();
    expect(root.querySelectorAll('p')).toHaveLength(2);
  });
});
