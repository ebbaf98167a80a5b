// A short paragraph set wholly in emphasis around a link (emphasisAsides). Invented pages, in English and Italian.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../utils/extract/plain-text';
import { removeEmphasisAsides } from '../../../utils/extract/rules/emphasis-asides';
import { parseHtml } from '../dom';

function body(html: string): Element {
  return parseHtml(`<html><body><div class="page">${html}</div></body></html>`, 'https://example.org/harbour/ferry').body;
}
const para = (n: number) => `<p>Paragraph ${n} of the story about the harbour ferry, long enough to be the running text a reader came for.</p>`;
const story = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => para(from + i)).join('');

describe('removeEmphasisAsides', () => {
  it('drops italic and bold asides around a link above, inside and after the text, in any language', () => {
    const asides = [
      '<p><em>Get the harbour letter every Friday morning. <a href="/letters">Find out more</a></em></p>',
      '<p><strong>Rivivi <a href="/live/ferry">la diretta del consiglio comunale</a></strong></p>',
      '<p><b>Write to the harbour desk, <a href="https://www.example.org/contact">contact us</a>.</b></p>',
      '<p><strong>For more stories like this, </strong><a href="/harbour"><strong>see the harbour page</strong></a>.</p>',
    ];
    const root = body(`${asides[0]}${story(0, 2)}${asides[1]}${story(2, 4)}${asides[2]}${asides[3]}`);
    removeEmphasisAsides(root, 'https://example.org/harbour/ferry');
    expect(plainText(root)).toBe(plainText(body(story(0, 4))));
  });

  it('keeps text with plain letters, a wholly italic line without a link or citing another site or an address, and a long emphasised paragraph', () => {
    const kept = [
      '<p>The council met on <strong>Tuesday</strong> and <a href="/vote">voted</a> to keep the ferry.</p>',
      '<p><em>Mara Okafor reported from the harbour.</em></p>',
      '<p><em>This story first appeared in <a href="https://other.example.com/ferry">The Bay Weekly</a>.</em></p>',
      '<p><b>Write to the desk at <a href="mailto:desk@example.org">desk@example.org</a>.</b></p>',
      `<p><em>${'The ferry has crossed the bay every hour since 1998, and the town has grown around its timetable. '.repeat(3)}<a href="/history">Its history</a></em></p>`,
    ];
    for (const html of kept) {
      const root = body(`${story(0, 4)}${html}`);
      removeEmphasisAsides(root, 'https://example.org/harbour/ferry');
      expect(plainText(root)).toBe(plainText(body(`${story(0, 4)}${html}`)));
    }
  });

  it('never takes the article: a page of little else keeps its lines', () => {
    const html = '<p><em>Short note with <a href="/a">a link</a>.</em></p><p><em>Another with <a href="/b">one more</a>.</em></p>';
    const root = body(html);
    removeEmphasisAsides(root, 'https://example.org/harbour/ferry');
    expect(plainText(root)).toBe(plainText(body(html)));
  });
});
