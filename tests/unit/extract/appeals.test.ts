// @vitest-environment node
// The publisher's donation appeal between or after the article's paragraphs: a block set wholly in bold whose link
// leads to a donation page goes; an article about a fundraiser, linking the same kind of page from its own sentences, stays.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import { plainText } from '../../../utils/extract/plain-text';
import { removeAppeals } from '../../../utils/extract/rules/appeals';
import { parseHtml } from '../dom';

function body(html: string): Element {
  return parseHtml(`<html><body><div class="page">${html}</div></body></html>`).body;
}
const para = (n: number) => `<p>Paragraph ${n} of the ferry story, long enough to be real text that a reader came here to read today.</p>`;
const story = (n: number) => Array.from({ length: n }, (_, i) => para(i)).join('');

const APPEAL = '<p><strong><em>The Harbour Courier depends on readers like you to keep reporting. <a href="https://harbourcourier.example/donate/">Please give today</a>.</em></strong></p>';
const BOXED = '<div><span><b>Help us out:<br>Every gift keeps the Courier free to read.<br><a href="https://pay.example/donation?id=7">Give £2 in a minute</a><br>Thank you.</b></span></div>';

describe('removeAppeals', () => {
  it('drops a bold appeal with a donation link between paragraphs, and one boxed in a <div> of bold lines', () => {
    const root = body(`${para(1)}${APPEAL}${para(2)}${BOXED}${para(3)}`);
    removeAppeals(root);
    expect(plainText(root)).toBe(plainText(body(`${para(1)}${para(2)}${para(3)}`)));
  });

  it('keeps a paragraph whose bold words are only a part of it, and a long bold paragraph', () => {
    const part = '<p>The lifeboat crew, who rescued four people last winter, have asked for help: <strong><a href="https://lifeboats.example/donate">donate to the station</a></strong> before the new boat arrives in spring.</p>';
    const long = `<p><b>${'The appeal for the lifeboat station has raised more than the crew had hoped for. '.repeat(8)}<a href="https://lifeboats.example/donate">The station's page</a></b></p>`;
    const root = body(`${para(1)}${part}${long}${para(2)}`);
    removeAppeals(root);
    expect(plainText(root)).toBe(plainText(body(`${para(1)}${part}${long}${para(2)}`)));
  });
});

describe('an article about a fundraiser, through the whole extraction', () => {
  it('keeps its sentences and links about giving, and loses the bold appeal set between them', () => {
    const text = [
      'Volunteers in Porthmore raised £40,000 in a week to repair the harbour wall after the January storms broke it in two places.',
      'The appeal, run by the harbour trust, asks every household to donate what it can; <a href="https://harbourtrust.example/donate">its donation page</a> lists what each sum will pay for.',
      'If you value the harbour, the trust’s chair said, a gift of £5 buys a metre of new stone, and £50 a day of a mason’s work.',
      'Your contribution, the trust says, will be matched by the council until the end of March, when the works begin.',
    ];
    const html = `<html><head><title>Harbour appeal</title></head><body><article>${text.map((t) => `<p>${t}</p>`).join('')}${APPEAL}${story(4)}</article></body></html>`;
    const result = extractArticle(parseHtml(html), { force: true });
    const out = result.ok ? plainText(parseHtml(`<body>${result.article.html}</body>`).body) : '';
    for (const t of text) expect(out).toContain(plainText(body(`<p>${t}</p>`)));
    expect(out).not.toContain('depends on readers like you');
  });
});
