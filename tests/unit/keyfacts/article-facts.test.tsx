// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ArticleFacts } from '../../../components/ArticleFacts';
import { keyFactsOf } from '../../../utils/keyfacts/request';
import { createMessageListener } from '../../../utils/browser/messages';
import { mount, stubI18n, unmount } from '../ui-helpers';

// The page asks the background for the facts (the extractor is not in the page's bundle).
const article = {
  title: 'Pakistan, China strengthen digital cooperation',
  text: 'A delegation led by Chairman Yang Jie visited Islamabad on Monday.\n\nThe talks covered 5G and 40 data centres.',
};

let host: HTMLElement | null = null;
beforeEach(() => {
  fakeBrowser.reset();
  stubI18n();
});
afterEach(() => {
  if (host) unmount(host);
  host = null;
  vi.restoreAllMocks();
});

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe('<ArticleFacts>', () => {
  it("shows the facts the background's key-facts handler computes", async () => {
    const background = createMessageListener({ 'key-facts': keyFactsOf });
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(((message: unknown) => background(message, {})) as never);
    const body = document.createElement('div');
    host = mount(<ArticleFacts article={article} bodyRef={{ current: body }} />);
    await vi.waitFor(async () => {
      await settle();
      expect(host!.textContent).toContain('Yang Jie');
    });
    expect(host.textContent).toContain('Chairman');
    const chips = [...host.querySelectorAll('.cr-fact-main')].map((el) => el.textContent);
    expect(chips).toContain('40 data centres');
    expect(chips).not.toContain('5G'); // a standard's name, not a quantity
  });

  it('shows nothing, and throws nothing, when the background does not answer', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    host = mount(<ArticleFacts article={article} bodyRef={{ current: null }} />);
    await settle();
    expect(host.innerHTML).toBe('');
  });
});

describe('keyFactsOf', () => {
  it('refuses a request that is not a title and a text', async () => {
    await expect(keyFactsOf({ title: 'T', text: 42 })).rejects.toMatchObject({ code: 'invalid' });
    await expect(keyFactsOf({ title: 'T', text: 'x'.repeat(5_000_001) })).rejects.toMatchObject({ code: 'invalid' });
  });
});
