import { afterEach, describe, expect, it, vi } from 'vitest';
import { withoutHandlers } from '../../../utils/import/to-clipping';

afterEach(() => vi.restoreAllMocks());

describe('another app’s HTML before it is sanitized', () => {
  it('loses its inline event handlers, everywhere (in a template’s content, on SVG), and keeps everything else', () => {
    const html = '<p class="lead" ONCLICK="go()">The <b onmouseover="x()">harbour</b>.</p><img src="x.png" onerror="alert(1)" alt="Quay">'
      + '<template><i onfocus="y()">inside</i></template><svg onload="z()"><circle r="1"></circle></svg><p>one + one</p>';
    expect(withoutHandlers(html, window)).toBe('<p class="lead">The <b>harbour</b>.</p><img src="x.png" alt="Quay">'
      + '<template><i>inside</i></template><svg><circle r="1"></circle></svg><p>one + one</p>');
  });

  it('is parsed in a document of its own, never one of the page (whose CSP Chromium checks each handler against)', () => {
    const made = vi.spyOn(document, 'createElement');
    const parsed = vi.spyOn(window, 'DOMParser');
    withoutHandlers('<p onclick="go()">Text</p>', window);
    withoutHandlers('<p onclick="go()">More</p>', window);
    // at most the frame whose document it borrows (once per window), nothing to parse into
    expect(made.mock.calls.map(([tag]) => tag).filter((tag) => tag !== 'iframe')).toEqual([]);
    expect(parsed).not.toHaveBeenCalled();
  });
});
