import { describe, expect, it } from 'vitest';
import { clippingMarkdown } from '../../../utils/clippings/export-markdown';
import { inertArticle } from '../../../utils/export/inert-html';
import { makeClipping } from '../clippings/helpers';


const parser = new DOMParser();

describe('inertArticle (stored HTML for the Markdown converter)', () => {
  it('drops elements that run, load or submit, with their text', () => {
    const out = (inertArticle('<p>Kept</p><script>steal()</script><style>p{}</style><iframe src="https://x.test/"></iframe>'
      + '<form><button>Send</button><textarea>draft</textarea></form><svg><text>drawn</text></svg><noscript>fallback</noscript>', parser)).innerHTML;
    expect(out).toBe('<p>Kept</p>');
  });

  it('keeps web and mail links and web or inline pictures; other addresses lose their attribute, not their text', () => {
    const out = inertArticle('<p><a href="https://a.test/x">web</a> <a href="mailto:a@b.test">mail</a> <a href="#n">note</a>'
      + ' <a href=" JavaScript:alert(1)">js</a> <a href="data:text/html,x">data</a> <span href="https://a.test/">span</span>'
      + ' <img src="https://a.test/p.png" alt="web"> <img src="data:image/png;base64,AAAA" alt="inline"> <img src="javascript:x" alt="bad"></p>', parser);
    expect([...out.querySelectorAll('[href]')].map((a) => a.getAttribute('href'))).toEqual(['https://a.test/x', 'mailto:a@b.test', '#n']);
    expect([...out.querySelectorAll('img[src]')].map((i) => i.getAttribute('alt'))).toEqual(['web', 'inline']);
    expect(out.textContent).toContain('js data span');
  });

  it('gives the Markdown converter links and text only', () => {
    const md = clippingMarkdown(makeClipping(1, { html: '<h2>Part</h2><p>See <a href="javascript:alert(1)">this</a> and <a href="https://a.test/">that</a>.</p><script>x()</script>' }), (h) => inertArticle(h, parser));
    expect(md).toContain('## Part\n\nSee this and [that](https://a.test/).');
    expect(md).not.toContain('x()');
  });

  it('a body with no element and only white space (a link-only clipping, an emptied article) gives the stored text', () => {
    for (const html of ['', '  \n ', '<!-- nothing -->', '<script>x()</script>']) {
      const md = clippingMarkdown(makeClipping(1, { html, text: 'The stored text.' }), (h) => inertArticle(h, parser));
      expect(md).toContain('\n\nThe stored text.\n');
    }
    expect(clippingMarkdown(makeClipping(1, { html: ' <p>Markup</p>', text: 'The stored text.' }), (h) => inertArticle(h, parser))).not.toContain('The stored text.');
  });
});
