// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ArticleMeta } from '../../../components/ArticleMeta';
import { componentTests } from '../ui-helpers';

const { mount } = componentTests();
const article = { title: 'The harbour story', byline: 'Ann Lee', siteName: 'The Coastal Times', publishedTime: null, readingMinutes: 3, lang: 'en', dir: null, url: 'https://example.org/a' } as const;

describe('ArticleMeta', () => {
  // The fake browser has no UI language; the browser's would be the user's.
  beforeEach(() => void vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en'));

  it("says quietly that the text came from the page's declared article body (JSON-LD) when it did", () => {
    const line = mount(<ArticleMeta article={{ ...article, bodySource: 'structured-data' }} />).querySelector('.cr-meta-line')!;
    expect(line.textContent).toBe("Ann Lee · 3 min read · text from the page's article data");
  });

  it('says nothing of where the text came from when it is the page\'s visible text', () => {
    const line = mount(<ArticleMeta article={article} />).querySelector('.cr-meta-line')!;
    expect(line.textContent).toBe('Ann Lee · 3 min read');
  });
});
