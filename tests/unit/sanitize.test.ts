import { describe, expect, it } from 'vitest';
import { sanitizeHtml, sanitizeToFragment } from '../../utils/sanitize';

const cases: [string, string, RegExp][] = [
  ['script tags', '<p>a</p><script>alert(1)</script>', /<script/i],
  ['event handlers', '<img src="https://x.test/a.png" onerror="alert(1)"><p onclick="alert(1)">b</p>', /onerror|onclick/i],
  ['javascript: URLs', '<a href="javascript:alert(1)">x</a><a href=" JaVaScRiPt:alert(1)">y</a>', /javascript:/i],
  ['data: links', '<a href="data:text/html,<script>alert(1)</script>">x</a>', /data:text/i],
  ['iframes', '<iframe src="https://evil.test" srcdoc="<script>alert(1)</script>"></iframe>', /iframe|srcdoc/i],
  ['forms', '<form action="https://evil.test"><input name="q"><button formaction="x">go</button></form>', /<form|<input|<button|formaction/i],
  ['style elements and attributes', '<style>body{display:none}</style><p style="position:fixed">x</p>', /<style|style=/i],
  ['base', '<base href="https://evil.test/">', /<base/i],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.test">', /<meta/i],
  ['object and embed', '<object data="x.swf"></object><embed src="x.swf">', /<object|<embed/i],
  ['svg script', '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)">x</a></svg>', /<svg|script|javascript/i],
  ['ids (DOM clobbering)', '<p id="browser">x</p><img name="chrome" src="https://x.test/a.png">', /id=|name=/i],
];

describe('sanitizeHtml', () => {
  it.each(cases)('removes %s', (_name, dirty, forbidden) => {
    expect(sanitizeHtml(dirty)).not.toMatch(forbidden);
  });

  it('keeps article structure', () => {
    const html = '<h2>Head</h2><p>Text <em>em</em> <strong>b</strong></p><ul><li>one</li></ul><blockquote>q</blockquote>'
      + '<figure><img src="https://x.test/a.png" alt="A"><figcaption>Cap</figcaption></figure>'
      + '<table><tr><th>h</th></tr><tr><td>d</td></tr></table><pre><code>let x = 1;</code></pre>';
    const clean = sanitizeHtml(html);
    for (const tag of ['h2', 'em', 'strong', 'ul', 'li', 'blockquote', 'figure', 'img', 'figcaption', 'table', 'td', 'pre', 'code']) {
      expect(clean).toContain(`<${tag}`);
    }
  });

  it('keeps how the text reads and how a table and a list are laid out: direction, language, spans, headers, numbering, dates', () => {
    const html = '<p>The sign reads:</p><blockquote lang="he" dir="rtl"><p>ברוכים הבאים לנמל</p></blockquote>'
      + '<table><tr><th id="h" scope="col" colspan="2">Tides</th></tr><tr><td headers="h" rowspan="2">06:10</td><td>18:40</td></tr></table>'
      + '<ol start="4"><li>Fourth</li></ol><p>Opened <time datetime="2026-03-01">in March</time>.</p>';
    const fragment = sanitizeToFragment(html);
    expect(fragment.querySelector('blockquote')!.getAttribute('dir')).toBe('rtl');
    expect(fragment.querySelector('blockquote')!.getAttribute('lang')).toBe('he');
    expect(fragment.querySelector('th')!.getAttribute('colspan')).toBe('2');
    expect(fragment.querySelector('th')!.getAttribute('scope')).toBe('col');
    expect(fragment.querySelector('td')!.getAttribute('rowspan')).toBe('2');
    expect(fragment.querySelector('td')!.getAttribute('headers')).toBe('h');
    expect(fragment.querySelector('ol')!.getAttribute('start')).toBe('4');
    expect(fragment.querySelector('time')!.getAttribute('datetime')).toBe('2026-03-01');
  });

  it('keeps no landmark, role or tab stop of the page: a <main> is unwrapped with its text kept', () => {
    const clean = sanitizeHtml('<main class="x"><div role="navigation"><p role="alert" tabindex="0">Tide tables</p></div><p>Ferries</p></main>');
    expect(clean).toBe('<div><p>Tide tables</p></div><p>Ferries</p>');
  });

  it('opens links in a new tab without opener or referrer', () => {
    const link = sanitizeToFragment('<a href="https://example.org/x">x</a>').querySelector('a')!;
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('keeps web and inline images, lazily, and drops other image sources', () => {
    const frag = sanitizeToFragment('<img src="https://x.test/a.png"><img src="data:image/png;base64,AAAA"><img src="file:///etc/passwd">');
    const srcs = [...frag.querySelectorAll('img')].map((img) => img.getAttribute('src'));
    expect(srcs).toEqual(['https://x.test/a.png', 'data:image/png;base64,AAAA', null]);
    expect(frag.querySelector('img')!.getAttribute('loading')).toBe('lazy');
  });
});
