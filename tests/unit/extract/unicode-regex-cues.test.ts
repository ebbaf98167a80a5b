// @vitest-environment node
// The rules' Unicode regexes behind a cheap test every one of their matches passes (a Unicode regex costs up to ~1 ms
// to make and compile in a renderer new to it: docs/benchmarks.md, nineteenth round), or one regex shared where the
// same question is asked (V8 compiles a regex once per source and flags): not run where the cue is missing, and the
// rules remove what they did. Invented pages.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { removeAuthorBios } from '../../../utils/extract/rules/author-bios';
import { removeCredits } from '../../../utils/extract/rules/credits';
import { removeFurnitureLines } from '../../../utils/extract/rules/furniture-lines';
import { removeGalleryChrome } from '../../../utils/extract/rules/gallery-chrome';
import { markTitleBlock } from '../../../utils/extract/rules/title-block';
import { removeTitleRepeat } from '../../../utils/extract/rules/title-repeat';
import { plainText } from '../../../utils/extract/plain-text';
import { extractArticle, extractPageArticle } from '../../../utils/extract';
import { countWords } from '../../../utils/reading-time';
import { parseHtml } from '../dom';

describe('the rules’ Unicode regexes wait for their cue', () => {
  /** The sources of the Unicode regexes tested or executed while `act` runs. */
  function unicodeRegexesRun(act: () => void): string[] {
    const run = new Set<string>();
    const note = (re: RegExp) => void (re.unicode && run.add(re.source));
    const { test, exec } = RegExp.prototype;
    vi.spyOn(RegExp.prototype, 'test').mockImplementation(function (this: RegExp, s: string) {
      note(this);
      return test.call(this, s);
    });
    vi.spyOn(RegExp.prototype, 'exec').mockImplementation(function (this: RegExp, s: string) {
      note(this);
      return exec.call(this, s);
    });
    act();
    vi.restoreAllMocks();
    return [...run];
  }
  afterEach(() => vi.restoreAllMocks());

  const body = (html: string) => parseHtml(`<html><body><div>${html}</div></body></html>`).body;
  const paragraph = (n: number) => `<p>Paragraph ${n} of the story about the harbour ferry, long enough to be running text a reader came for.</p>`;

  it('gallery counters: only on text that ends in a digit', () => {
    const root = body(`<figure><img src="/a.jpg"><figcaption><span>The ferry at dawn</span><span>Next</span></figcaption></figure>${paragraph(1)}`);
    expect(unicodeRegexesRun(() => removeGalleryChrome(root)).filter((s) => s.includes('\\d+'))).toEqual([]);
    const counter = body('<div class="gallery"><span>Bild 3 von 12</span><span>Photo 4/9</span></div><p>Kept.</p>');
    removeGalleryChrome(counter);
    expect(plainText(counter)).toBe('Kept.');
  });

  it('labelled credits in a figure: only on text with a colon', () => {
    const root = body(`<figure><img src="/a.jpg"><figcaption>The ferry leaves the harbour at dawn</figcaption></figure>${paragraph(1)}`);
    expect(unicodeRegexesRun(() => removeCredits(root)).filter((s) => s.includes('[:：]'))).toEqual([]);
    const credited = body('<figure><img src="/a.jpg"><figcaption>The ferry at dawn</figcaption><p>Foto: Michael Rauhe</p><p>图片：新华社</p></figure><p>Kept.</p>');
    removeCredits(credited);
    expect(plainText(credited)).toBe(plainText(body('<figure><img src="/a.jpg"><figcaption>The ferry at dawn</figcaption></figure><p>Kept.</p>')));
  });

  it('agency lines: only on text with a spaced bar or slash', () => {
    const lines = '<p>Harbour news</p><p>Ferry at dawn</p><p>Tickets/Fares</p><p>Rotterdam|Antwerp</p>';
    const root = body(`${paragraph(1)}${lines}${paragraph(2)}`);
    expect(unicodeRegexesRun(() => removeCredits(root)).filter((s) => s.includes('[^|/.!?]'))).toEqual([]);
    expect(plainText(root)).toBe(plainText(body(`${paragraph(1)}${lines}${paragraph(2)}`)));
    const credited = body(`${paragraph(1)}<p>Jan Visser | Harbour Press</p><p>Anna Berg / Nordbild / Hafenfoto</p>${paragraph(2)}`);
    removeCredits(credited);
    expect(plainText(credited)).toBe(plainText(body(`${paragraph(1)}${paragraph(2)}`)));
  });

  it('bios by role: only on text that says someone "is a" or "was the"', () => {
    const html = `${paragraph(1)}${paragraph(2)}<p>Jane Doe wrote this piece over the winter while the ferry service was suspended.</p>`;
    const root = body(html);
    expect(unicodeRegexesRun(() => removeAuthorBios(root, { byline: null })).filter((s) => s.includes('journalist'))).toEqual([]);
    const bio = body(`${paragraph(1)}${paragraph(2)}<p>Jane Doe is a freelance journalist based in Rotterdam who writes about ports.</p>`);
    removeAuthorBios(bio, { byline: null });
    expect(plainText(bio)).toBe(plainText(body(`${paragraph(1)}${paragraph(2)}`)));
  });

  it('furniture lines tell a line without letters or digits with the title rules’ words regex, none of their own', () => {
    const lines = '<p>* * *</p><p>— 東京 —</p><p>• 2024 •</p><p>١٢٣ ·</p><p>~ ~</p>';
    const root = body(`${paragraph(1)}${lines}${paragraph(2)}`);
    const run = unicodeRegexesRun(() => removeFurnitureLines(root));
    expect(run).toContain('[\\p{L}\\p{N}]+');
    expect(run.filter((s) => s.includes('^[^'))).toEqual([]);
    // The separators go; a line with a word in any script, or a number in any digits, stays.
    expect(plainText(root)).toBe(plainText(body(`${paragraph(1)}<p>— 東京 —</p><p>• 2024 •</p><p>١٢٣ ·</p>${paragraph(2)}`)));
  });

  it('the page counts no words: extract.js returns the article without its count, which the popup adds from the text', () => {
    const html = `<html><head><title>Ferry service resumes</title></head><body><article><h1>Ferry service resumes</h1>${[1, 2, 3, 4, 5, 6].map(paragraph).join('')}</article></body></html>`;
    const isWordCount = (s: string) => s.includes('\\p{M}');
    let fromPage: ReturnType<typeof extractPageArticle> | undefined;
    expect(unicodeRegexesRun(() => (fromPage = extractPageArticle(parseHtml(html)))).filter(isWordCount)).toEqual([]);
    expect(fromPage!.ok && 'wordCount' in fromPage!.article).toBe(false);
    expect(fromPage!.ok && 'readingMinutes' in fromPage!.article).toBe(false);
    // extractArticle (Node, clip.js) counts, with the regex the spy sees, and gives the same article with the count of its text.
    let full: ReturnType<typeof extractArticle> | undefined;
    expect(unicodeRegexesRun(() => (full = extractArticle(parseHtml(html)))).filter(isWordCount)).toHaveLength(1);
    if (!full) throw new Error('extractArticle ran');
    if (!full.ok || !fromPage!.ok) throw new Error('the invented story is an article');
    expect(full.article).toEqual({ ...fromPage!.article, wordCount: countWords(fromPage!.article.text), readingMinutes: 1 });
    expect(full.article.wordCount).toBeGreaterThan(90);
  });

  it('the title rules read words with one Unicode regex, and still find the repeated title', () => {
    const page = parseHtml(`<html><body><header><h1>Ferry service resumes — at last</h1></header><div><h2>Ferry Service Resumes: At Last!</h2>${paragraph(1)}</div></body></html>`);
    const title = 'Ferry service resumes — at last';
    const root = page.body.querySelector('div')!;
    expect(unicodeRegexesRun(() => {
      markTitleBlock(page, { title });
      removeTitleRepeat(root, { title });
    })).toHaveLength(1);
    expect(plainText(root)).toBe(plainText(body(paragraph(1))));
  });
});
