// @vitest-environment node
// Twenty-ninth round: a video's box whose player the copy does not hold (made by a script) goes, told by the video's own
// schema.org data beside it, not by its words: an invented Italian page with two such boxes between its paragraphs.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import { removeVideoBoxes } from '../../../utils/extract/rules/video-boxes';
import { parseHtml } from '../dom';

const paragraphs = ['la frana', 'le strade chiuse', 'i soccorsi', 'la notte in palestra', 'il sindaco', 'le previsioni']
  .map((topic) => `<p>Sul versante del Monte Croce, ${topic}: il racconto degli abitanti della valle, che da giorni guardano la collina muoversi.</p>`);
const TEASER = 'Il geologo spiega perché la collina si muove ancora dopo le piogge di marzo.';
const videoData = (name: string) =>
  `<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject","name":"${name}","description":"${TEASER}","duration":"PT2M40S","uploadDate":"2025-03-12"}</script>`;
const videoBox = (name: string) =>
  `<div class="clip"><picture><img src="/img/frana-${name}.jpg" alt=""></picture>${videoData(name)}<span>${TEASER}</span><span>12.03.2025 | 2:40 min</span></div>`;
const page = `<html lang="it"><head><title>La frana del Monte Croce</title></head><body><main><article><h1>La frana del Monte Croce</h1>${paragraphs.slice(0, 3).join('')}${videoBox('geologo')}${paragraphs.slice(3).join('')}</article></main></body></html>`;
const textOf = (off: 'videoBoxes'[]) => {
  const result = extractArticle(parseHtml(page, 'https://www.valle.example/cronaca/frana-monte-croce'), { force: true, off });
  return result.ok ? result.article.text : '';
};

describe('removeVideoBoxes', () => {
  it("keeps a video's description and running time out of the article, the text in", () => {
    const text = textOf([]);
    expect(text).toContain('il sindaco');
    expect(text).not.toContain(TEASER);
    expect(text).not.toContain('2:40 min');
  });

  it('is what does it: without it the box reads as a paragraph', () => {
    expect(textOf(['videoBoxes'])).toContain(TEASER);
  });

  it('leaves a box with more text than a video holds, data of another kind, and data sitting in the body itself', () => {
    const long = `<div id="articolo">${videoData('intero')}${paragraphs.join('')}</div>`;
    const other = `<div id="evento"><script type="application/ld+json">{"@type":"Event","name":"Sagra"}</script><p>Sagra della castagna</p></div>`;
    const doc = parseHtml(`<html><body>${long}${other}${videoData('corpo')}<p>Fine.</p></body></html>`);
    removeVideoBoxes(doc);
    expect(doc.getElementById('articolo')).not.toBeNull();
    expect(doc.getElementById('evento')).not.toBeNull();
    expect(doc.body.textContent).toContain('Fine.');
  });
});
