/** The reader's toolbar has one main action at a time: Save for an unsaved article, else Save highlight. */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createRef } from 'preact';
import { ReaderToolbar } from '@/components/reader/ReaderToolbar';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import type { Article } from '@/utils/extract/types';
import { componentTests } from '../../ui-helpers';

const { mount } = componentTests();
// jsdom lays nothing out and has no ResizeObserver (the toolbar's height: use-toolbar-clearance.ts)
beforeAll(() => void vi.stubGlobal('ResizeObserver', class { observe() {} disconnect() {} }));

const ARTICLE: Article = {
  title: 'Tides', byline: null, siteName: null, publishedTime: null, url: 'https://news.test/tides', canonicalUrl: 'https://news.test/tides', lang: 'en',
  dir: null, leadImage: null, excerpt: null, html: '<p>The tide came in.</p>', text: 'The tide came in.', wordCount: 4, readingMinutes: 1,
};

function primaries(saved: boolean, selected: boolean) {
  document.body.innerHTML = '<p id="text">The tide came in.</p>';
  const range = document.createRange();
  range.selectNodeContents(document.getElementById('text')!);
  const host = mount(
    <ReaderToolbar article={ARTICLE} library={saved ? 'saved' : 'unsaved'} onSaveAgain={() => Promise.resolve()} settings={DEFAULT_SETTINGS} onChange={() => undefined} panelOpen={false} onTogglePanel={() => undefined}
      settingsButton={createRef()} selection={selected ? range : null} onSentence={() => undefined} />,
  );
  return [...host.querySelectorAll('.cr-button-primary')].map((b) => b.textContent);
}

describe('ReaderToolbar', () => {
  it('has one main action: Save for an unsaved article (with or without a selection), Save highlight once it is saved', () => {
    expect(primaries(false, false)).toEqual(['Save']);
    expect(primaries(false, true)).toEqual(['Save']);
    expect(primaries(true, true)).toEqual(['Save highlight']);
    expect(primaries(true, false)).toEqual([]);
  });
});
