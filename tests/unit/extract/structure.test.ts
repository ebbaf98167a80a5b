// Structure survives extraction and sanitizing: one invented page per kind (tables, indented code,
// MathML, footnotes, <picture>/srcset and lazy images, embedded posts and videos).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import { sanitizeHtml } from '../../../utils/sanitize';
import { parseHtml } from '../dom';

const para = (n: number) => `<p>Paragraph ${n} of the story, long enough to be real text that a reader came here to read today.</p>`;
const story = (n: number) => Array.from({ length: n }, (_, i) => para(i)).join('');
/** The article's HTML after extraction and the sanitizer, parsed for querying. */
function through(inner: string): Element {
  const result = extractArticle(parseHtml(`<html><head><title>Structure</title></head><body><article>${story(4)}${inner}${story(3)}</article></body></html>`, 'https://example.org/a/page.html'), { force: true });
  if (!result.ok) throw new Error(result.reason);
  const holder = document.createElement('div');
  holder.innerHTML = sanitizeHtml(result.article.html);
  return holder;
}

describe('structure through extraction and sanitizing', () => {
  it('keeps a table with its header and cells', () => {
    const out = through('<table><thead><tr><th>Year</th><th>Ships</th></tr></thead><tbody><tr><td>2019</td><td>42</td></tr><tr><td>2020</td><td>17</td></tr></tbody></table>');
    expect(out.querySelectorAll('th')).toHaveLength(2);
    expect([...out.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['2019', '42', '2020', '17']);
  });

  it('keeps code blocks with their indentation', () => {
    const out = through('<pre><code>def harbour():\n    if tide &lt; 2:\n        return "low"\n</code></pre>');
    expect(out.querySelector('pre code')?.textContent).toBe('def harbour():\n    if tide < 2:\n        return "low"\n');
  });

  it('keeps MathML as its TeX text (the sanitizer drops MathML)', () => {
    const out = through('<p>The energy is <math alttext="E = mc^2"><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></math> as always.</p>');
    expect(out.textContent).toContain('E = mc^2');
  });

  it('keeps footnote references and the footnotes', () => {
    const out = through('<p>The wall held.<sup><a href="#fn1">1</a></sup></p><ol class="footnotes"><li>Harbour Trust report, 2019, page 4, on the state of the walls after the storm.</li></ol>');
    expect(out.querySelector('sup')?.textContent).toBe('1');
    expect(out.querySelector('ol li')?.textContent).toContain('Harbour Trust report');
  });

  it('gives a srcset-only <picture> and lazy images a src', () => {
    const out = through(`<figure><picture><source srcset="https://example.org/w-400.jpg 400w, https://example.org/w-1200.jpg 1200w"><img alt="Wall"></picture><figcaption>The wall.</figcaption></figure>
      <p>Before the storm.</p><img data-src="https://example.org/lazy.jpg" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Lazy" loading="lazy">`);
    const srcs = [...out.querySelectorAll('img')].map((img) => img.getAttribute('src'));
    expect(srcs).toContain('https://example.org/w-1200.jpg');
    expect(srcs).toContain('https://example.org/lazy.jpg');
  });

  it('turns embedded videos into links, keeps embedded posts as quotes with their link', () => {
    const out = through(`<iframe src="https://www.youtube.com/embed/abc123" title="Harbour film"></iframe>
      <blockquote class="twitter-tweet"><p>The wall held tonight.</p>— Harbour Trust <a href="https://twitter.com/trust/status/1">19 November 2019</a></blockquote>`);
    expect(out.querySelector('a[href="https://www.youtube.com/embed/abc123"]')?.textContent).toBe('Harbour film: www.youtube.com');
    expect(out.querySelector('blockquote a[href="https://twitter.com/trust/status/1"]')).not.toBeNull();
  });
});
