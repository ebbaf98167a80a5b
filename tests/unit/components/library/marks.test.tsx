import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clippingsInProgress, ContinueReading } from '../../../../components/library/ContinueReading';
import { ReadingState } from '../../../../components/library/ReadingState';
import { StateActions } from '../../../../components/library/StateActions';
import { LibraryNotices } from '../../../../components/library/LibraryNotices';
import type { Notice } from '../../../../components/library/use-notices';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ClippingState } from '../../../../utils/clippings/types';
import type { ClippingsDb } from '../../../../utils/clippings/db';
import { saveProgress } from '../../../../utils/clippings/marks';
import { saveClipping } from '../../../../utils/clippings/store';
import { XSS_VECTORS } from '../../../fixtures/xss/vectors';
import { makeDraft } from '../../clippings/helpers';
import { markBackgroundTests } from '../../ui-helpers';

const { mount, db: currentDb } = markBackgroundTests();
let db: ClippingsDb;
beforeEach(() => void (db = currentDb()));
// the interface's language, which the browser gives and WXT's fake browser does not
beforeEach(() => void vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en'));

/** Lets the background's answer arrive and Preact render it, until `check` holds (a loaded machine may take long). */
const settleUntil = (check: () => unknown) => vi.waitFor(async () => {
  await act(async () => void (await new Promise((resolve) => setTimeout(resolve, 10))));
  await check();
}, { timeout: 5000, interval: 10 });

describe('the library\'s reading state', () => {
  it('shows the state, how far, and the highlight count; nothing for an unread clipping without highlights', () => {
    const host = mount(<ReadingState clipping={{ state: 'reading', progress: { fraction: 0.42, anchor: null, updatedAt: 1 }, highlightCount: 3 }} />);
    expect(host.textContent).toBe('In progress42 % readHighlights: 3');
    expect(host.querySelector('progress')!.value).toBe(42);
    expect(mount(<ReadingState clipping={{ state: 'unread', progress: null, highlightCount: 0 }} />).innerHTML).toBe('');
  });

  it('lists the clippings in progress, read last first, titles as text', async () => {
    const hostile = XSS_VECTORS[0]!.html;
    const a = await saveClipping(db, makeDraft({ canonicalUrl: 'https://a.test/1', title: hostile }));
    const b = await saveClipping(db, makeDraft({ canonicalUrl: 'https://a.test/2', title: 'Second' }));
    await saveClipping(db, makeDraft({ canonicalUrl: 'https://a.test/3', title: 'Never opened' }));
    await saveProgress(db, { clippingId: a.id, progress: { fraction: 0.1, anchor: null, updatedAt: 1 } }, 5000);
    await saveProgress(db, { clippingId: b.id, progress: { fraction: 0.7, anchor: null, updatedAt: 1 } }, 6000);
    const host = mount(<ContinueReading items={await clippingsInProgress(db)} />);
    const links = [...host.querySelectorAll('a')];
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([['Second', `reader.html?clip=${b.id}`], [hostile, `reader.html?clip=${a.id}`]]);
    expect(host.querySelector('img, script, svg, iframe')).toBeNull();
  });

  it('writes a right-to-left clipping\'s percentage in the interface\'s direction, its title in its own', async () => {
    const a = await saveClipping(db, makeDraft({ canonicalUrl: 'https://a.test/he', title: 'הנמל נפתח מחדש', lang: 'he', dir: 'rtl' }));
    await saveProgress(db, { clippingId: a.id, progress: { fraction: 0.4, anchor: null, updatedAt: 1 } }, 5000);
    const host = mount(<ContinueReading items={await clippingsInProgress(db)} />);
    expect(host.querySelector('li')!.getAttribute('dir')).toBe('rtl');
    const percent = host.querySelector('.cr-continue-percent')!;
    expect([percent.textContent, percent.closest('[dir]')!.getAttribute('dir'), percent.getAttribute('lang')]).toEqual(['40 % read', 'ltr', 'en']);
  });

  it('sets the state of the given clippings through the background', async () => {
    const a = await saveClipping(db, makeDraft({ canonicalUrl: 'https://a.test/1' }));
    const done = vi.fn();
    const host = mount(<StateActions ids={[a.id]} title="A story" current="unread" onDone={done} />);
    expect([...host.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'))).toEqual(['Mark finished: “A story”', 'Archive “A story”']);
    await act(async () => host.querySelectorAll('button')[1]!.click());
    await settleUntil(() => expect(done).toHaveBeenCalledWith('archived', { ok: true, value: { updated: 1 } }));
    expect((await db.clippings.get(a.id))!.state).toBe('archived');
  });

  it('offers a finished clipping\'s card Mark unread, which starts it over', async () => {
    const a = await saveClipping(db, makeDraft({ canonicalUrl: 'https://a.test/done' }));
    await saveProgress(db, { clippingId: a.id, progress: { fraction: 1, anchor: null, updatedAt: 1 } });
    const done = vi.fn();
    const host = mount(<StateActions ids={[a.id]} title="A story" current="finished" onDone={done} />);
    const labels = [...host.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'));
    expect(labels).toEqual(['Archive “A story”', 'Mark unread: “A story”']);
    await act(async () => host.querySelectorAll('button')[1]!.click());
    await settleUntil(() => expect(done).toHaveBeenCalledWith('unread', { ok: true, value: { updated: 1 } }));
    expect(await db.clippings.get(a.id)).toMatchObject({ state: 'unread', progress: null });
  });

  it('offers a selection every state, with no title in its labels', () => {
    const host = mount(<StateActions ids={[1, 2]} onDone={() => undefined} />);
    expect([...host.querySelectorAll('button')].map((b) => [b.textContent, b.getAttribute('aria-label')])).toEqual([
      ['Mark finished', null], ['Archive', null], ['Mark unread', null],
    ]);
  });

  it('keeps the focus among its buttons when the state it set takes the pressed one away', async () => {
    const a = await saveClipping(db, makeDraft({ canonicalUrl: 'https://a.test/focus' }));
    function Card() {
      const [state, setState] = useState<ClippingState>('unread');
      return <div><StateActions ids={[a.id]} title="A story" current={state} onDone={(next) => setState(next)} /></div>;
    }
    const host = mount(<Card />);
    const archive = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Archive')!;
    archive.focus();
    await act(async () => archive.click());
    await settleUntil(() => expect([...host.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Mark finished', 'Mark unread']));
    expect(document.activeElement).toBe(host.querySelector('button'));
  });
});

describe('the library\'s notices', () => {
  it('a delete\'s notice takes the focus to its Undo (the deleted card\'s button went with it); another notice leaves it', async () => {
    let show: (notice: Notice) => void = () => undefined;
    function Page() {
      const [notice, setNotice] = useState<Notice | null>(null);
      show = setNotice;
      return <div><input aria-label="Search" /><LibraryNotices notice={notice} progress={null} onDismiss={() => undefined} /></div>;
    }
    const host = mount(<Page />);
    const search = host.querySelector('input')!;
    search.focus();
    await act(async () => show({ text: 'Saved.', tone: 'ok' }));
    expect(document.activeElement).toBe(search);
    await act(async () => show({ text: 'Deleted 1 clipping.', tone: 'ok', undo: async () => undefined }));
    expect(document.activeElement!.textContent).toBe('Undo');
  });
});
