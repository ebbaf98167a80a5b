import { beforeEach, describe, expect, it, vi } from 'vitest';
import { articleWarmUp, WARM_UP_DATE, WARM_UP_HTML } from '../../../components/ArticleWarmUp';
import { formatDate } from '../../../utils/format';
import { countWords } from '../../../utils/reading-time';
import { sanitizeToFragment } from '../../../utils/sanitize';

vi.mock('../../../utils/sanitize', async (importActual) => {
  const actual = await importActual<typeof import('../../../utils/sanitize')>();
  return { ...actual, sanitizeToFragment: vi.fn(actual.sanitizeToFragment) };
});

vi.mock('../../../utils/reading-time', async (importActual) => {
  const actual = await importActual<typeof import('../../../utils/reading-time')>();
  return { ...actual, countWords: vi.fn(actual.countWords) };
});

vi.mock('../../../utils/format', async (importActual) => {
  const actual = await importActual<typeof import('../../../utils/format')>();
  return { ...actual, formatDate: vi.fn(actual.formatDate) };
});

describe('the popup\'s warm-up before its result', () => {
  beforeEach(() => {
    vi.mocked(sanitizeToFragment).mockClear();
    vi.mocked(formatDate).mockClear();
    vi.mocked(countWords).mockClear();
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

  it('then, in a task of its own, makes the date formatter the article\'s header uses (a valid date, so it is made)', () => {
    const steps = articleWarmUp(document);
    expect(steps).toHaveLength(3);
    steps[0]!();
    expect(formatDate).not.toHaveBeenCalled();
    steps[1]!();

    expect(formatDate).toHaveBeenCalledExactlyOnceWith(WARM_UP_DATE);
    // A date that did not parse would return null before any formatter was made.
    expect(vi.mocked(formatDate).mock.results[0]!.value).toEqual(expect.stringMatching(/2024/));
    expect(countWords).not.toHaveBeenCalled();
  });

  it('last, in a task of its own, counts words once, on text that has words (its regexes then run, and so are compiled)', () => {
    const steps = articleWarmUp(document);
    steps[0]!();
    steps[1]!();
    expect(countWords).not.toHaveBeenCalled();
    steps[2]!();

    expect(countWords).toHaveBeenCalledExactlyOnceWith(WARM_UP_HTML);
    expect(vi.mocked(countWords).mock.results[0]!.value).toBeGreaterThan(10);
  });

  it('loads nothing: its only picture is inline', () => {
    const sample = document.createElement('template');
    sample.innerHTML = WARM_UP_HTML;
    const sources = [...sample.content.querySelectorAll('[src]')].map((node) => node.getAttribute('src'));
    expect(sources.length).toBeGreaterThan(0);
    for (const src of sources) expect(src).toMatch(/^data:image\//);
  });
});
