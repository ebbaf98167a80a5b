// @vitest-environment node
// An author's bio after the article, recognised by the byline's name and its place (authorBios). Invented pages, in
// English and Dutch.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../utils/extract/plain-text';
import { removeAuthorBios } from '../../../utils/extract/rules/author-bios';
import { parseHtml } from '../dom';

function body(html: string): Element {
  return parseHtml(`<html><body><div class="page">${html}</div></body></html>`, 'https://example.org/harbour/ferry').body;
}
const para = (n: number) => `<p>Paragraph ${n} of the story about the harbour ferry, long enough to be the running text a reader came for.</p>`;
const story = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => para(from + i)).join('');
const bio = '<p>Mara Okafor, a transport reporter for the Harbour Times, covers ferries, ports and the people who run them.</p>';
const box = `<div><ul><li><a href="#about">About</a></li><li><a href="#posts">Latest posts</a></li></ul><div><img src="/m.jpg" alt="Mara Okafor"><h3><a href="/author/mara">Mara Okafor</a></h3>${bio}</div></div>`;

describe('removeAuthorBios', () => {
  it('drops the bio box after the last paragraph when it opens with the byline’s name, with its tabs and heading', () => {
    const root = body(`${story(0, 4)}${box}`);
    removeAuthorBios(root, { byline: 'By Mara Okafor' });
    expect(plainText(root)).toBe(plainText(body(story(0, 4))));
  });

  it('drops a closing line that opens with the byline name’s possessive ("Mara Okafor’s book … is out now"), keeps one about someone else’s', () => {
    const plug = '<p>Mara Okafor’s book about the last ferrymen, "Low Water" (Tidewater Press, 2021), is out now. Follow her on Mastodon.</p>';
    const root = body(`${story(0, 4)}${plug}`);
    removeAuthorBios(root, { byline: 'By Mara Okafor' });
    expect(plainText(root)).toBe(plainText(body(story(0, 4))));
    const other = `${story(0, 4)}<p>Tom Berg's book about the last ferrymen, "Low Water" (Tidewater Press, 2021), is out now in the harbour shop.</p>`;
    const kept = body(other);
    removeAuthorBios(kept, { byline: 'By Mara Okafor' });
    expect(plainText(kept)).toBe(plainText(body(other)));
  });

  it('finds each of several authors, and a bio in another language after a translator’s line', () => {
    const html = `${story(0, 4)}<p><em>Vertaald door Jan de Boer</em></p>`;
    const bios = '<div><h2>De auteurs</h2><p>Pieter Jansen (1961) was directeur van het havenbedrijf en schrijft over scheepvaart.</p></div><p>Anna Smit is verslaggever bij de krant sinds 2019 en volgt de veerdiensten op de Waddenzee.</p>';
    const root = body(html + bios);
    removeAuthorBios(root, { byline: 'door Pieter Jansen & Anna Smit' });
    expect(plainText(root)).toBe(plainText(body(html)));
  });

  it('keeps running text that opens with the name, a bio before the end, another person’s bio and a page without a byline', () => {
    const subject = '<p>Mara Okafor, who sailed on the first crossing in 1998 and has written about it since, said the ferry must stay.</p>';
    const kept = [`${story(0, 2)}${bio}${story(2, 4)}`, `${story(0, 4)}<p>Tom Berg, a ferry captain for thirty years, now teaches navigation at the harbour school.</p>`];
    for (const html of kept) {
      const root = body(html);
      removeAuthorBios(root, { byline: 'Mara Okafor' });
      expect(plainText(root)).toBe(plainText(body(html)));
    }
    const root = body(`${story(0, 4)}${bio}`);
    removeAuthorBios(root, { byline: null });
    expect(plainText(root)).toContain('a transport reporter');
    // The subject's own paragraph at the end is running text only when it is the last one: with text after it, it stays.
    const withSubject = `${story(0, 2)}${subject}${story(2, 4)}`;
    const again = body(withSubject);
    removeAuthorBios(again, { byline: 'Mara Okafor' });
    expect(plainText(again)).toBe(plainText(body(withSubject)));
  });

  it('drops a bio that names its author when the byline does not ("Staff", none): "<Name> is a freelance journalist…"', () => {
    const closing = '<p>Lena Marsh is a freelance journalist, writing about ports and shipping for several papers. She is based in Hull and has written about ferries before.</p>';
    for (const byline of ['Harbour Times Staff', null]) {
      const root = body(`${story(0, 4)}${closing}`);
      removeAuthorBios(root, { byline });
      expect(plainText(root)).toBe(plainText(body(story(0, 4))));
    }
  });

  it('drops a closing bio that calls the author by first name only ("Lena is a senior editor…"), keeps such a line about someone else', () => {
    const closing = '<p>Lena is a senior editor at the Harbour Times, where she has covered ports and shipping since 2015. Before that she sailed.</p>';
    const root = body(`${story(0, 4)}${closing}`);
    removeAuthorBios(root, { byline: 'Lena Marsh' });
    expect(plainText(root)).toBe(plainText(body(story(0, 4))));
    const other = `${story(0, 4)}<p>Tom is a ferry captain of thirty years, and he will take the last crossing himself on Sunday morning.</p>`;
    const kept = body(other);
    removeAuthorBios(kept, { byline: 'Lena Marsh' });
    expect(plainText(kept)).toBe(plainText(body(other)));
  });

  it('keeps such a line inside the story, and a closing line about someone who is not a writer', () => {
    const inside = `${story(0, 2)}<p>Lena Marsh is a freelance journalist who sailed on the first crossing in 1998, and she has campaigned to keep it ever since.</p>${story(2, 4)}`;
    const other = `${story(0, 4)}<p>Tom Berg is a ferry captain of thirty years, and he will take the last crossing himself on Sunday.</p>`;
    for (const html of [inside, other]) {
      const root = body(html);
      removeAuthorBios(root, { byline: 'Harbour Times Staff' });
      expect(plainText(root)).toBe(plainText(body(html)));
    }
  });

  it('never takes the article: a page that is mostly a bio keeps it', () => {
    const root = body(`<p>Short note.</p>${bio}`);
    removeAuthorBios(root, { byline: 'Mara Okafor' });
    expect(plainText(root)).toContain('a transport reporter');
  });

  it('tests each paragraph once (it was tested twice: as a candidate for the last paragraph and as a bio)', () => {
    const root = body(`${story(0, 4)}${bio}`);
    const paragraph = root.getElementsByTagName('p')[4]!;
    let proto: object | null = paragraph;
    while (proto && !Object.getOwnPropertyDescriptor(proto, 'textContent')) proto = Object.getPrototypeOf(proto);
    const read = Object.getOwnPropertyDescriptor(proto!, 'textContent')!;
    let reads = 0;
    Object.defineProperty(paragraph, 'textContent', { get: () => (reads++, read.get!.call(paragraph)) });
    removeAuthorBios(root, { byline: 'By Mara Okafor' });
    expect(plainText(root)).toBe(plainText(body(story(0, 4))));
    // Once to test it, once to measure its box, twice by the budget (the box's size, and the root's text, which
    // happy-dom builds from its children's): 7 when the paragraph was tested twice.
    expect(reads).toBe(4);
  });
});
