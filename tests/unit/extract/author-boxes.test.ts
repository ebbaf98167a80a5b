// @vitest-environment node
// An author's box after the article, headed by the byline's name alone (authorBoxes). Invented pages, in German and
// English.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../utils/extract/plain-text';
import { removeAuthorBoxes } from '../../../utils/extract/rules/author-boxes';
import { parseHtml } from '../dom';

function body(html: string): Element {
  return parseHtml(`<html><body><div class="page">${html}</div></body></html>`, 'https://example.org/stadt/baeckerei').body;
}
const para = (n: number) => `<p>Absatz ${n} der Geschichte über die letzte Bäckerei am Markt, lang genug, um der Text zu sein, den man lesen will.</p>`;
const story = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => para(from + i)).join('');
const germanBox =
  '<div class="autor"><div><figure><img src="/p/lena.png" alt="Lena Vogt"></figure><div><a href="/autorin/lena-vogt"><p>Lena Vogt</p></a>' +
  '<span>Redakteurin</span><p>Seit 2017 im Lokalteil. Schreibt über Handwerk, Läden und Mieten in der Altstadt.</p></div></div></div>';
const bioPara = (s: string) => `<p>${s} She has written about harbours, ferries and the people who keep them running for twenty years.</p>`;
const englishBox =
  '<div class="bio"><div class="bio-title">About the writer</div><div><img src="/w/mara.jpg"><div><h3>Mara Okafor</h3><div>Covers ports and shipping.</div></div>' +
  `<div class="more">${bioPara('Mara hosts the Low Water podcast, the most listened to show on coastal trade in the region.')}${bioPara('She is the author of two books on tidal ports.')}</div></div></div>`;

describe('removeAuthorBoxes', () => {
  it('drops the box a name line opens after the article: the name, its role, photo and short bio', () => {
    const root = body(`${story(0, 5)}${germanBox}`);
    removeAuthorBoxes(root, { byline: 'Lena Vogt' });
    expect(plainText(root)).toBe(plainText(body(story(0, 5))));
  });

  it('drops a box whose name is a heading over a tagline and bio paragraphs of running text, with its label', () => {
    const root = body(`${story(0, 8)}${englishBox}`);
    removeAuthorBoxes(root, { byline: 'By Mara Okafor and Tom Berg' });
    expect(plainText(root)).toBe(plainText(body(story(0, 8))));
  });

  it('keeps the box when running text follows it, when the byline names someone else, and without a byline', () => {
    const cases: [string, string | null][] = [
      [`${story(0, 3)}${germanBox}${story(3, 5)}`, 'Lena Vogt'],
      [`${story(0, 5)}${germanBox}`, 'Jonas Weber'],
      [`${story(0, 5)}${germanBox}`, null],
    ];
    for (const [html, byline] of cases) {
      const root = body(html);
      removeAuthorBoxes(root, { byline });
      expect(plainText(root)).toBe(plainText(body(html)));
    }
  });

  it('keeps a name line in the same block as the article’s last paragraphs (a signature, no box), and a one-word name', () => {
    const html = `<div>${story(0, 5)}<p>Lena Vogt</p><p>Seit 2017 im Lokalteil.</p></div>`;
    const root = body(html);
    removeAuthorBoxes(root, { byline: 'Lena Vogt' });
    expect(plainText(root)).toBe(plainText(body(html)));
    const single = body(`<div>${story(0, 5)}<p>Lena</p></div>`);
    removeAuthorBoxes(single, { byline: 'Lena' });
    expect(plainText(single)).toContain('Lena');
  });
});
