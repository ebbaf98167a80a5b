// @vitest-environment node
// Twenty-fourth round: clutter kept on English news pages, each mechanism on an invented page: the pop-up card a
// linked name carries inside a sentence (its first link goes where the name goes), a picture's source written in
// `<cite>`, and a photo illustration's credit line.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import { plainText } from '../../../utils/extract/plain-text';
import { removeCredits } from '../../../utils/extract/rules/credits';
import { removeHoverCards } from '../../../utils/extract/rules/hover-cards';
import { parseHtml } from '../dom';

function body(html: string): Element {
  return parseHtml(`<html><body><div class="page">${html}</div></body></html>`).body;
}
const para = (n: number) => `<p>Paragraph ${n} of the council report, long enough to be real text that a reader came here to read.</p>`;
const story = (n: number) => Array.from({ length: n }, (_, i) => para(i)).join('');
/** The card a page pops up over a linked name: the name again, a photo, the person's latest stories. */
const card = (name: string) =>
  `<span class="person-card"><img src="https://www.dalesgazette.example/p.jpg" alt=""><a href="/people/x">${name}</a>` +
  `<a href="/news/1">Harbour levy vote delayed again</a> <a href="/news/2">Councillor backs new ferry timetable</a></span>`;

describe('removeHoverCards', () => {
  it('drops the card after a linked name, keeps the sentence, the name and a plain link', () => {
    const root = body(
      `${para(1)}<p>The motion was tabled by Cllr. <span class="person"><a href="/people/x">Mara Quill</a>${card('Mara J. Quill')}</span> (Green) on Tuesday, ` +
        `as <a href="/minutes">the minutes</a> <em>show</em>.</p>${para(2)}`,
    );
    removeHoverCards(root);
    expect(plainText(root)).toContain('The motion was tabled by Cllr. Mara Quill (Green) on Tuesday, as the minutes show.');
    expect(plainText(root)).not.toContain('Harbour levy vote');
  });

  it('keeps an element after a link whose first link goes elsewhere, or goes there with no other link (a back-link)', () => {
    const kept = `<p>See <a href="#n1">note 1</a><sup><a href="#n1">note 1</a></sup> and <a href="/a">the report</a><span><a href="/b">the report</a> <a href="/c">the map</a></span>.</p>`;
    const root = body(`${para(1)}${kept}${para(2)}`);
    const before = plainText(root);
    removeHoverCards(root);
    expect(plainText(root)).toBe(before);
  });

  it("keeps a gallery item's caption after its picture's link to the next picture", () => {
    const item = `<li><a href="/gallery/2"><img src="https://www.dalesgazette.example/1.jpg" alt=""></a><figcaption><p>The new ferry at the quay.</p><a href="/gallery/2">Next</a> <a href="/gallery">All pictures</a></figcaption></li>`;
    const root = body(`${para(1)}<ul>${item}</ul>${para(2)}`);
    removeHoverCards(root);
    expect(plainText(root)).toContain('The new ferry at the quay.');
  });

  it('leaves a card-shaped block outside paragraphs to the other rules', () => {
    const root = body(`${para(1)}<div><a href="/people/x">Mara Quill</a>${card('Mara Quill')}</div>${para(2)}`);
    removeHoverCards(root);
    expect(plainText(root)).toContain('Harbour levy vote');
  });

  it('is one of the rules extractArticle runs: the sentence reads as written', () => {
    const html = `<html><head><title>Levy</title></head><body><article>${story(3)}<p>The motion was tabled by Cllr. <a href="/people/x">Mara Quill</a>${card('Mara Quill')} on Tuesday after a long debate about the harbour.</p>${story(3)}</article></body></html>`;
    const result = extractArticle(parseHtml(html), { force: true });
    expect(result.ok && result.article.text).toContain('tabled by Cllr. Mara Quill on Tuesday');
    expect(result.ok && result.article.text).not.toContain('ferry timetable');
  });
});

describe('removeCredits: a picture source in <cite>', () => {
  it('drops the <cite> beside an image caption, keeps the caption', () => {
    const root = body(
      `${para(1)}<figure><img src="https://www.dalesgazette.example/smog.jpg" alt=""><span><figcaption>Haze over the estuary on Monday.</figcaption><cite><a href="https://example.org">Coastal Air Survey</a></cite></span></figure>${para(2)}`,
    );
    removeCredits(root);
    expect(plainText(root)).toContain('Haze over the estuary on Monday.');
    expect(plainText(root)).not.toContain('Coastal Air Survey');
  });

  it("keeps a quote's author in <cite> in a figure without a picture", () => {
    const root = body(`${para(1)}<figure><blockquote><p>The tide waits for no council.</p></blockquote><p>— <cite>Mara Quill</cite></p></figure>${para(2)}`);
    removeCredits(root);
    expect(plainText(root)).toContain('Mara Quill');
  });
});

describe('removeCredits: "Photo illustration by …"', () => {
  it('drops the credit line of a photo illustration, keeps a sentence that opens the same way', () => {
    const kept = '<p>Photo illustration by the Gazette’s own designers became a habit after the harbour levy was first proposed in the council.</p>';
    const root = body(`${para(1)}<p>Photo illustration by Dales Gazette. Photo by Jan Roe.</p>${kept}${para(2)}`);
    removeCredits(root);
    expect(plainText(root)).not.toContain('Jan Roe');
    expect(plainText(root)).toContain('became a habit after the harbour levy');
  });
});
