import { describe, expect, it } from 'vitest';
import { preformattedStops } from '../../utils/scrolling-code';

const fragmentOf = (html: string) => document.createRange().createContextualFragment(html);

describe('preformattedStops', () => {
  it('makes each outermost preformatted block a named keyboard stop, numbered across the parts of a body', () => {
    const first = fragmentOf('<p>Before</p><pre><code>let tide = 4.2;</code></pre><p>Between</p><pre>x <pre>nested</pre></pre>');
    const rest = fragmentOf('<pre>print(tide)</pre><p><code>inline</code></p>');
    const markCode = preformattedStops((n) => `Code block ${n}`);
    markCode(first);
    markCode(rest);
    const stops = [...first.querySelectorAll<HTMLElement>('pre'), ...rest.querySelectorAll<HTMLElement>('pre')];
    expect(stops.map((pre) => [pre.getAttribute('tabindex'), pre.getAttribute('role'), pre.getAttribute('aria-label')])).toEqual([
      ['0', 'region', 'Code block 1'],
      ['0', 'region', 'Code block 2'],
      [null, null, null], // the nested block scrolls with its outer one
      ['0', 'region', 'Code block 3'],
    ]);
    expect(rest.querySelector('code')!.hasAttribute('tabindex')).toBe(false);
    expect(first.querySelector('pre code')!.textContent).toBe('let tide = 4.2;');
  });
});
