// The popup's loading view lays out the article's faces unseen, so that a new popup process has found its fonts
// before the result comes (components/popup/FontWarmUp.tsx); once the result is shown, the sample is gone.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { Popup } from '../../../entrypoints/popup/Popup';
import type { PopupExtraction, TabArticle } from '../../../utils/browser/tab-article';
import { componentTests } from '../ui-helpers';

const { mount } = componentTests();

function pendingExtraction(): { extraction: PopupExtraction; settle: (article: TabArticle) => Promise<void> } {
  let resolve!: (article: TabArticle) => void;
  const first = new Promise<TabArticle>((r) => (resolve = r));
  const extraction: PopupExtraction = { first, extract: () => first.then((a) => a.result), styled: Promise.resolve(), selection: Promise.resolve('') };
  return { extraction, settle: (article) => act(async () => void resolve(article)) };
}

describe('the popup\'s font warm-up', () => {
  it('is in the loading view, hidden from assistive technology, with the header\'s, body\'s and buttons\' classes and the body\'s italic, bold, bold italic and code', () => {
    const host = mount(<Popup extraction={pendingExtraction().extraction} />);
    const sample = host.querySelector('.cr-font-warm-up');
    expect(host.querySelector('.cr-loading')).not.toBeNull();
    expect(sample?.getAttribute('aria-hidden')).toBe('true');
    for (const face of ['.cr-meta-site', '.cr-meta-title b', '.cr-meta-line', '.cr-button', '.cr-article-body', '.cr-article-body i', '.cr-article-body b', '.cr-article-body b i', '.cr-article-body code']) {
      expect(sample?.querySelector(face), face).not.toBeNull();
    }
    // Nothing a reader could reach: no control, no heading, no landmark.
    expect(sample?.querySelector('button, a, input, h1, h2, h3, main')).toBeNull();
  });

  it('is gone once the result is shown', async () => {
    const { extraction, settle } = pendingExtraction();
    const host = mount(<Popup extraction={extraction} />);
    await settle({ tabId: undefined, result: { ok: false, reason: 'no-tab' } });
    expect(host.querySelector('.cr-loading')).toBeNull();
    expect(host.querySelector('.cr-font-warm-up')).toBeNull();
  });

  it('is laid out but never shown: popup.css hides it with visibility, which keeps it in the layout (display: none would not lay its text out)', () => {
    const css = readFileSync(path.resolve(__dirname, '../../../entrypoints/popup/popup.css'), 'utf8');
    const rule = /\.cr-font-warm-up\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(rule).toMatch(/visibility:\s*hidden/);
    expect(rule).toMatch(/position:\s*absolute/);
    expect(rule).not.toMatch(/display:\s*none|content-visibility/);
  });
});
