import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { articleWarmUp, WARM_UP_HTML } from '../../../components/ArticleWarmUp';
import { stubI18n } from '../ui-helpers';

describe('the popup\'s warm-up before its result', () => {
  beforeEach(() => {
    stubI18n();
    vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en');
    document.body.innerHTML = '<div id="app"><p class="cr-loading">Loading…</p></div>';
  });

  it('renders the article header and body out of sight, sanitized, and leaves the page as it was', () => {
    const before = document.body.innerHTML;
    const added: Node[] = [];
    const watch = new MutationObserver(() => {});
    watch.observe(document.body, { childList: true, subtree: true });
    for (const step of articleWarmUp(document)) step();
    for (const record of watch.takeRecords()) added.push(...record.addedNodes);
    watch.disconnect();

    expect(document.body.innerHTML).toBe(before);
    const holder = added.find((node): node is HTMLElement => node instanceof HTMLElement && node.parentElement === null && node.getAttribute('aria-hidden') === 'true');
    expect(holder?.style.visibility).toBe('hidden');
    const rendered = added.filter((node): node is Element => node instanceof Element);
    expect(rendered.some((node) => node.querySelector('h1.cr-meta-title')?.textContent === 'A title of an article')).toBe(true);
    const body = rendered.map((node) => (node.matches('.cr-article-body') ? node : node.querySelector('.cr-article-body'))).find(Boolean);
    expect(body?.querySelector('a[href]')?.getAttribute('rel')).toBe('noopener noreferrer'); // through the sanitizer's hook
  });

  it('loads nothing: its only picture is inline', () => {
    const sample = document.createElement('template');
    sample.innerHTML = WARM_UP_HTML;
    const sources = [...sample.content.querySelectorAll('[src]')].map((node) => node.getAttribute('src'));
    expect(sources.length).toBeGreaterThan(0);
    for (const src of sources) expect(src).toMatch(/^data:image\//);
  });
});
