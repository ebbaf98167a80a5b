import { describe, expect, it } from 'vitest';
import { ArticleBody } from '../../components/ArticleBody';
import { splitFirstScreen } from '../../utils/first-screen';
import { mount, unmount } from './ui-helpers';

const paragraph = (i: number) => `<p>Paragraph ${i}: ${'words of the article '.repeat(10)}</p>`;
const article = (n: number) => `<div class="page"><div>\n${Array.from({ length: n }, (_, i) => paragraph(i)).join('\n')}\n</div></div>`;
const textOf = (html: string) => Object.assign(document.createElement('div'), { innerHTML: html }).textContent ?? '';

describe('splitFirstScreen', () => {
  it('keeps an article that fits the first screen whole', () => {
    expect(splitFirstScreen(article(2), document, 2_000)).toBeNull();
  });

  it('cuts between blocks inside the wrappers, each part keeping them, and loses no text', () => {
    const html = article(30);
    const parts = splitFirstScreen(html, document, 1_000)!;
    expect(parts.first).toMatch(/^<div class="page"><div>/);
    expect(parts.rest).toMatch(/^<div class="page"><div>/);
    expect(textOf(parts.first)).toContain('Paragraph 0:');
    expect(textOf(parts.first)).not.toContain('Paragraph 29:');
    expect(textOf(parts.rest)).toContain('Paragraph 29:');
    expect(textOf(parts.first).length).toBeGreaterThanOrEqual(1_000);
    expect(textOf(parts.first).length).toBeLessThan(1_400);
    expect(textOf(parts.first) + textOf(parts.rest)).toBe(textOf(html));
  });

  it('does not descend into a wrapper that has text of its own beside it', () => {
    const html = `<div>Lead text <div>${Array.from({ length: 30 }, (_, i) => paragraph(i)).join('')}</div></div>`;
    expect(splitFirstScreen(html, document, 500)).toBeNull(); // one block holds it all: nothing to cut between
  });
});

describe('ArticleBody, first screen first', () => {
  it('shows the first screen at once and the rest after paint, both sanitized', async () => {
    const html = article(30).replace('Paragraph 29:', '<img src="x" onerror="window.ran = true">Paragraph 29:<script>window.ran = true</script>');
    const host = mount(<ArticleBody html={html} lang={null} dir={null} firstScreenFirst />);
    const body = host.querySelector('.cr-article-body')!;
    expect(body.textContent).toContain('Paragraph 0:');
    expect(body.textContent).not.toContain('Paragraph 29:');
    // After the next frame (a loaded machine may take longer than a fixed wait): the rest is appended.
    const words = (text: string) => text.replace(/\s+/g, ' ').trim();
    await expect.poll(() => words(body.textContent!), { timeout: 5_000 }).toBe(words(textOf(article(30))));
    expect(body.querySelector('script, [onerror]')).toBeNull();
    expect(body.querySelector('img')).not.toBeNull();
    unmount(host);
  });

  it('without the option, renders the whole article at once', () => {
    const host = mount(<ArticleBody html={article(30)} lang={null} dir={null} />);
    expect(host.querySelector('.cr-article-body')!.textContent).toContain('Paragraph 29:');
    unmount(host);
  });
});

describe('ArticleBody, its outline', () => {
  it('levels the body’s headings under the page’s title across the first screen and the rest', async () => {
    const html = `<div><h1>Opening</h1>${Array.from({ length: 30 }, (_, i) => paragraph(i)).join('')}<h4>Later</h4><p>End.</p></div>`;
    const host = mount(<ArticleBody html={html} lang={null} dir={null} firstScreenFirst />);
    const body = host.querySelector('.cr-article-body')!;
    await expect.poll(() => body.textContent, { timeout: 5_000 }).toContain('End.');
    expect(Array.from(body.querySelectorAll('h1, h2, h3, h4, h5, h6'), (h) => `${h.tagName}:${h.textContent}`)).toEqual(['H2:Opening', 'H3:Later']);
    unmount(host);
  });
});
