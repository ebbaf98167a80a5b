// @vitest-environment node
// Clutter kept on pages nobody tuned for: gallery chrome, credits, citation and copyright notices,
// press-release boilerplate. Each rule on an invented page; captions of images stay.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import { plainText } from '../../../utils/extract/plain-text';
import { removeCredits } from '../../../utils/extract/rules/credits';
import { removeGalleryChrome } from '../../../utils/extract/rules/gallery-chrome';
import { removeLegalNotices } from '../../../utils/extract/rules/legal-notices';
import { removePressBoilerplate } from '../../../utils/extract/rules/press-boilerplate';
import { parseHtml } from '../dom';

function body(html: string): Element {
  return parseHtml(`<html><body><div class="page">${html}</div></body></html>`).body;
}
const para = (n: number) => `<p>Paragraph ${n} of the release, long enough to be real text that a reader came here to read today.</p>`;
const story = (n: number) => Array.from({ length: n }, (_, i) => para(i)).join('');

describe('removeGalleryChrome', () => {
  it('drops counters and gallery buttons, keeps the figure, its image and its caption', () => {
    const root = body(`${para(1)}<figure><img src="a.jpg" alt=""><figcaption><span>Image 1 of 5</span> <span>The harbour wall at low tide.</span></figcaption></figure>
      <div>3/12</div><button>Next</button><span>View all 12 photos</span>${para(2)}`);
    removeGalleryChrome(root);
    expect(plainText(root)).toBe(plainText(body(`${para(1)}<figure><figcaption>The harbour wall at low tide.</figcaption></figure>${para(2)}`)));
    expect(root.querySelector('figure img')).not.toBeNull();
  });

  it('drops counters in other languages and scripts, keeps a line with more words', () => {
    const root = body(`${para(1)}<span>Zdjęcie 2 z 9</span><div>Фото 1 из 5</div><p>Bild 3 von 12</p><p>Stimmen: 3 von 4 Parteien</p><p>Im <span>2n2</span>-dimensionalen Raum</p>${para(2)}`);
    removeGalleryChrome(root);
    expect(plainText(root)).toBe(plainText(body(`${para(1)}<p>Stimmen: 3 von 4 Parteien</p><p>Im 2n2-dimensionalen Raum</p>${para(2)}`)));
  });

  it('drops a bare count with grouped thousands (views, shares), keeps a year and a number in a sentence', () => {
    const root = body(`${para(1)}<div>6,762</div><span>12.345</span><p>2019</p><p>Es kamen 12.345 Besucher.</p>${para(2)}`);
    removeGalleryChrome(root);
    expect(plainText(root)).toBe(plainText(body(`${para(1)}<p>2019</p><p>Es kamen 12.345 Besucher.</p>${para(2)}`)));
  });

  it('keeps a sentence with a score in it', () => {
    const root = body('<p>They won 3 of 4 games.</p>');
    removeGalleryChrome(root);
    expect(plainText(root)).toBe('They won 3 of 4 games.');
  });
});

describe('removeCredits (extended)', () => {
  it('drops "Photograph by", "Courtesy of" and "Credits:" lines', () => {
    const root = body(`${para(1)}<p>Photograph by Jane Doe for the Gazette</p><p>Courtesy of the Harbour Trust</p><p>Credits: Harbour Trust archive</p>${para(2)}`);
    removeCredits(root);
    expect(plainText(root)).toBe(plainText(body(para(1) + para(2))));
  });
});

describe('removeLegalNotices', () => {
  it('drops citation and copyright notices, keeps text about copyright', () => {
    const root = body(`${para(1)}<p>Citation: Harbour walls hold (2019, November 19) retrieved 20 November 2019 from https://example.org/news/harbour.html</p>
      <p>This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission.</p>
      <p>The court ruled that the photographs were subject to copyright because the harbour trust had commissioned them.</p>
      <p>The contents of this site are ©2019 Harbour Publishing Corp., a subsidiary of Coastal Media, Inc.</p>`);
    removeLegalNotices(root, { title: 'Harbour walls hold', url: 'https://www.harbourline.example/news/harbour' });
    expect(plainText(root)).toBe(plainText(body(`${para(1)}<p>The court ruled that the photographs were subject to copyright because the harbour trust had commissioned them.</p>`)));
  });
});

describe('removePressBoilerplate', () => {
  const RELEASE_URL = 'https://www.harbourline.example/news/2019/new-quay';
  it('drops the "About <company>" section and media contacts that close a release', () => {
    const root = body(`${story(8)}<h3>About Harbourline Inc.</h3><p>Harbourline is a leading provider of harbour services in 14 countries.</p><p><strong>Media contact:</strong></p><p>press@example.com</p>`);
    removePressBoilerplate(root, { url: RELEASE_URL });
    expect(plainText(root)).toBe(plainText(body(story(8))));
  });

  it('drops a paragraph opened by a bold "About <company>" run into its first sentence, keeps a bold lead-in further in and a long paragraph of the story under one', () => {
    const about = `<p><strong>About Quaywise<br></strong>Quaywise is the mooring platform harbour masters trust, used in 40 ports. For more information visit its site.</p>`;
    const root = body(`${story(8)}${about}`);
    removePressBoilerplate(root, { url: RELEASE_URL });
    expect(plainText(root)).toBe(plainText(body(story(8))));
    const inner = `${story(8)}<p>The mayor thanked the crews. <b>About Quaywise</b></p>`;
    const kept = body(inner);
    removePressBoilerplate(kept, { url: RELEASE_URL });
    expect(plainText(kept)).toBe(plainText(body(`${story(8)}<p>The mayor thanked the crews.</p>`)));
    const long = `${story(8)}<p><b>About Quaywise<br></b>${'The crews moored the ferry at dawn and the mayor watched them work. '.repeat(10)}</p>`;
    const story8 = body(long);
    removePressBoilerplate(story8, { url: RELEASE_URL });
    expect(plainText(story8)).toContain('The crews moored the ferry');
  });

  it('keeps a line of a story that starts with "About" and goes on to another sentence', () => {
    const root = body(`${story(8)}<p>About Lute. He felt even worse about that now.</p><p>“Compared to Lexi?” Lute asked.</p>`);
    removePressBoilerplate(root, { url: RELEASE_URL });
    expect(plainText(root)).toContain('Compared to Lexi?');
  });

  it('drops what follows an end mark ("###"), and a closing paragraph after a rule that opens with the publisher\'s name, in any language', () => {
    const marked = body(`${story(8)}<p>###</p><p>Harbourline ist ein führender Anbieter von Hafendiensten.</p>`);
    removePressBoilerplate(marked, { url: RELEASE_URL });
    expect(plainText(marked)).toBe(plainText(body(story(8))));
    const ruled = body(`${story(8)}<div><hr><div><p>Harbourline est un fournisseur de services portuaires présent dans 14 pays.</p><p>Son siège est à Brest.</p></div></div>`);
    removePressBoilerplate(ruled, { url: RELEASE_URL });
    expect(plainText(ruled)).toBe(plainText(body(story(8))));
  });

  it('keeps a closing paragraph after a rule that opens with another name, and one in the middle of the text', () => {
    const other = `${story(8)}<hr><p>Quayside Ltd is a competitor that builds quays.</p>`;
    const root = body(other);
    removePressBoilerplate(root, { url: RELEASE_URL });
    expect(plainText(root)).toBe(plainText(body(other)));
    const middle = `${para(1)}<hr><p>Harbourline said the quay opens in May.</p>${story(8)}`;
    const early = body(middle);
    removePressBoilerplate(early, { url: RELEASE_URL });
    expect(plainText(early)).toBe(plainText(body(middle)));
  });

  it('drops an appeal after a rule under a short line that names the publisher, keeps a long paragraph after a rule that names it further in', () => {
    const appeal = `<hr><p><strong>Support Harbourline's reporting on the coast</strong></p><p>Every week we answer your questions about the harbour. <a href="/support">Please consider a contribution today</a>.</p>`;
    const root = body(`${story(8)}${appeal}`);
    removePressBoilerplate(root, { url: RELEASE_URL });
    expect(plainText(root)).toBe(plainText(body(story(8))));
    const ending = `${story(8)}<hr><p>In a statement to Harbourline, the harbour master said the quay would open in May, two months later than planned, because the winter storms had damaged the wall.</p>`;
    const kept = body(ending);
    removePressBoilerplate(kept, { url: RELEASE_URL });
    expect(plainText(kept)).toBe(plainText(body(ending)));
  });

  it('keeps an "About" section in the middle of the text, and "About the" headings', () => {
    const middle = body(`${para(1)}<h3>About Harbourline's plan</h3>${story(8)}`);
    removePressBoilerplate(middle, { url: RELEASE_URL });
    expect(plainText(middle)).toContain("About Harbourline's plan");
    const about = body(`${story(8)}<h3>About the harbour</h3>${para(9)}`);
    removePressBoilerplate(about, { url: RELEASE_URL });
    expect(plainText(about)).toContain('About the harbour');
  });
});

describe('captions through the whole extraction', () => {
  it('keeps a figure with its image and caption as <figure>/<figcaption>', () => {
    const html = `<html><head><title>Walls</title></head><body><article>${story(6)}<figure><img src="https://example.org/a.jpg" alt="The wall"><figcaption>The harbour wall at low tide.</figcaption></figure>${story(3)}</article></body></html>`;
    const result = extractArticle(parseHtml(html), { force: true });
    expect(result.ok && result.article.html).toMatch(/<figure>\s*<img[^>]*a\.jpg[^>]*>\s*<figcaption>The harbour wall at low tide\.<\/figcaption>\s*<\/figure>/);
  });
});
