import { beforeEach, describe, expect, it, vi } from 'vitest';
import { articleWarmUp, WARM_UP_HTML } from '../../../components/ArticleWarmUp';
import { sanitizeToFragment } from '../../../utils/sanitize';

vi.mock('../../../utils/sanitize', async (importActual) => {
  const actual = await importActual<typeof import('../../../utils/sanitize')>();
  return { ...actual, sanitizeToFragment: vi.fn(actual.sanitizeToFragment) };
});

describe('the popup\'s warm-up before its result', () => {
  beforeEach(() => {
    vi.mocked(sanitizeToFragment).mockClear();
    document.body.innerHTML = '<div id="app"><p class="cr-loading">Loading…</p></div>';
  });

  it('runs the sanitizer once on invented HTML, in the page\'s window, and leaves the page as it was', () => {
    const before = document.body.innerHTML;
    const steps = articleWarmUp(document);
    expect(sanitizeToFragment).not.toHaveBeenCalled(); // nothing before its step runs
    for (const step of steps) step();

    expect(document.body.innerHTML).toBe(before);
    expect(sanitizeToFragment).toHaveBeenCalledOnce();
    expect(sanitizeToFragment).toHaveBeenCalledWith(WARM_UP_HTML, window);
    const fragment = vi.mocked(sanitizeToFragment).mock.results[0]!.value as DocumentFragment;
    expect(fragment.querySelector('a[href]')?.getAttribute('rel')).toBe('noopener noreferrer'); // through the sanitizer's hook
  });

  it('loads nothing: its only picture is inline', () => {
    const sample = document.createElement('template');
    sample.innerHTML = WARM_UP_HTML;
    const sources = [...sample.content.querySelectorAll('[src]')].map((node) => node.getAttribute('src'));
    expect(sources.length).toBeGreaterThan(0);
    for (const src of sources) expect(src).toMatch(/^data:image\//);
  });
});
