// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { render } from 'preact';
import { OPEN_SYNC_QUIET_MS, SyncPanel } from '../../../../components/library/SyncPanel';
import { refusedByReason, STALE_AFTER_MS, STATUS_KEY, SYNC_OFF, type SyncStatus } from '../../../../utils/sync/status';
import { componentTests } from '../../ui-helpers';
import { ClippingsDb } from '../../../../utils/clippings/db';
import { formatDate } from '../../../../utils/format';

const { mount } = componentTests();

const ON: Partial<SyncStatus> = { server: 'https://couch.example.org/clippings', lastSyncedAt: 1 };

let run = 0;

async function panelWith(status: Partial<SyncStatus>, libraryPainted = false, db = new ClippingsDb(`sync-panel-${++run}`)) {
  fakeBrowser.reset();
  const sent = vi.spyOn(browser.runtime, 'sendMessage').mockClear().mockResolvedValue(undefined);
  await browser.storage.local.set({ [STATUS_KEY]: { ...SYNC_OFF, ...ON, ...status } });
  const host = mount(<SyncPanel db={db} libraryPainted={libraryPainted} />);
  await vi.waitFor(() => expect(host.querySelector(status.server === null ? 'summary' : '[role=status]')).not.toBeNull());
  return { host, db, sent: () => sent.mock.calls.map(([m]) => (m as unknown as { type: string }).type) };
}

const text = (host: HTMLElement, selector: string) => [...host.querySelectorAll(selector)].map((e) => e.textContent);

const button = (host: HTMLElement, name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === name);

describe('SyncPanel', () => {
  it('offers "Try again" for refused clippings, which asks the background to send them again; none without refusals', async () => {
    const { host, sent } = await panelWith({ refused: refusedByReason([{ title: 'The whole novel', reason: 'too-large' }]) });
    await act(async () => button(host, 'Try again')!.click());
    expect(sent()).toEqual(['sync-retry-refused']);
    const { host: clean } = await panelWith({});
    expect(button(clean, 'Sync now')).toBeDefined();
    expect(button(clean, 'Try again')).toBeUndefined();
  });

  it('closes on Escape, from anywhere inside, with the focus back on its summary', async () => {
    const { host } = await panelWith({ server: null });
    const details = host.querySelector('details')!;
    act(() => void (details.open = true));
    const field = host.querySelector('input[name="url"]') as HTMLInputElement;
    act(() => field.focus());
    act(() => void field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(details.open).toBe(false);
    expect(document.activeElement).toBe(host.querySelector('summary'));
  });

  it('syncs once the library, its first page painted, has been quiet a moment; only with sync on', async () => {
    // The quiet moment on a fake clock, as the tests below: waited for in real time, it was ~4 s of the unit run.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const on = await panelWith({}, true);
      await act(async () => void (await vi.advanceTimersByTimeAsync(OPEN_SYNC_QUIET_MS - 100)));
      expect(on.sent()).toEqual([]);
      await act(async () => void (await vi.advanceTimersByTimeAsync(200)));
      await vi.waitFor(() => expect(on.sent()).toEqual(['sync-now']));
      const off = await panelWith({ server: null }, true);
      await act(async () => void (await vi.advanceTimersByTimeAsync(OPEN_SYNC_QUIET_MS * 2)));
      expect(off.sent()).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('waits again when the library renders meanwhile (a search typed), and syncs once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { host, db, sent } = await panelWith({});
      const rerender = (painted: boolean) => act(() => render(<SyncPanel db={db} libraryPainted={painted} />, host));
      await rerender(true);
      await act(async () => void (await vi.advanceTimersByTimeAsync(OPEN_SYNC_QUIET_MS - 100)));
      await rerender(true);
      await act(async () => void (await vi.advanceTimersByTimeAsync(OPEN_SYNC_QUIET_MS - 100)));
      expect(sent()).toEqual([]);
      await act(async () => void (await vi.advanceTimersByTimeAsync(200)));
      await vi.waitFor(() => expect(sent()).toEqual(['sync-now']));
      await rerender(true);
      await act(async () => void (await vi.advanceTimersByTimeAsync(OPEN_SYNC_QUIET_MS * 2)));
      expect(sent()).toEqual(['sync-now']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not sync for the opening when a sync has run since the library opened (Sync now, a change, the alarm)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { sent } = await panelWith({}, true);
      await act(async () => void (await browser.storage.local.set({ [STATUS_KEY]: { ...SYNC_OFF, ...ON, running: true, beatAt: Date.now() } })));
      await act(async () => void (await browser.storage.local.set({ [STATUS_KEY]: { ...SYNC_OFF, ...ON, lastSyncedAt: 2 } })));
      await act(async () => void (await vi.advanceTimersByTimeAsync(OPEN_SYNC_QUIET_MS * 2)));
      expect(sent()).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('names the clippings the server refused, by reason, a few by title and the rest counted', async () => {
    const refused = ['One', 'Two', 'Three', 'Four'].map((title) => ({ title, reason: 'too-large' as const }));
    const { host } = await panelWith({ refused: refusedByReason([{ title: 'Banned', reason: 'forbidden' }, ...refused]) });
    expect(text(host, '.cr-sync-refused')).toEqual([
      expect.stringMatching(/^4 clippings were refused by the server as too large: “One”, “Two”, “Three” and 1 more\. They stay in this library, the rest syncs/),
      expect.stringMatching(/^1 clipping was refused by a rule on the server: “Banned”\. It stays in this library/),
    ]);
  });

  it('tells what a merge of clippings edited in two browsers chose, a few by title and the rest counted', async () => {
    const { host } = await panelWith({ merged: { at: 1, count: 5, titles: ['Ant', 'Bee', 'Cat'], made: ['state', 'highlight'] } });
    expect(text(host, '.cr-sync-merged')).toEqual([
      expect.stringMatching(/ merged 5 clippings edited in two browsers \(“Ant”, “Bee”, “Cat” and 2 more\): .* for the reading state, a highlight edited on both the version changed last was kept/),
    ]);
  });

  it('lists every refused clipping by title, from the library\'s database, when the status names only some', async () => {
    const parked = ['One', 'Two', 'Three', 'Four', 'Five'].map((title, i) => ({ docId: `clip-${i}`, rev: '1-a', title, reason: 'too-large' as const }));
    const db = new ClippingsDb(`sync-panel-${++run}`);
    await db.syncState.put({ name: 'parked', value: [...parked, { docId: 'clip-9', rev: '1-b', title: 'Banned', reason: 'forbidden' }] });
    const { host } = await panelWith({ refused: refusedByReason([...parked, { title: 'Banned', reason: 'forbidden' }]) }, false, db);
    await vi.waitFor(() => expect(host.querySelector('.cr-sync-refused-all')).not.toBeNull());
    expect(text(host, '.cr-sync-refused-all summary')).toEqual(['All 5 by title']);
    expect(text(host, '.cr-sync-refused-all li')).toEqual(['One', 'Two', 'Three', 'Four', 'Five']);
  });

  it('writes the last sync in the cards\' date style, to the minute (not the locale\'s numeric date with seconds)', async () => {
    const at = Date.UTC(2026, 11, 6, 19, 3, 58);
    const { host } = await panelWith({ lastSyncedAt: at });
    const line = text(host, '[role=status]')[0]!;
    expect(line).toContain(formatDate(new Date(at).toISOString())!);
    expect(line).not.toContain(':58');
  });

  it('shows a running sync as running, and one whose heartbeat stopped as cut short, with Sync now usable', async () => {
    const { host: live } = await panelWith({ running: true, beatAt: Date.now() });
    expect(text(live, '[role=status]')[0]).toMatch(/^Syncing…/);
    expect(live.querySelector<HTMLButtonElement>('.cr-button-primary')!.disabled).toBe(true);

    const { host: dead } = await panelWith({ running: true, beatAt: Date.now() - STALE_AFTER_MS - 1 });
    expect(text(dead, '[role=status]')[0]).toMatch(/^Last synced .* · waiting to be sent: 0 · the last sync was cut short/);
    expect(dead.querySelector<HTMLButtonElement>('.cr-button-primary')!.disabled).toBe(false);
  });

  it('says sync is still off when turning it on failed (no "tries again later", no "turn it off"), and keeps the form filled in', async () => {
    const words: Array<string | null> = [];
    for (const code of ['credentials', 'unreachable', 'forbidden', 'no-database'] as const) {
      const { host } = await panelWith({ server: null });
      vi.spyOn(browser.permissions, 'request').mockResolvedValue(true as never);
      vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: { ...SYNC_OFF, error: { code, detail: '' } } } as never);
      const field = (name: string) => host.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
      field('url').value = 'https://couch.example.org/clippings';
      field('username').value = 'reader';
      field('password').value = 'secret';
      await act(async () => void host.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
      await vi.waitFor(() => expect(host.querySelector('[role=alert]')).not.toBeNull());
      words.push(host.querySelector('[role=alert]')!.textContent);
      expect(field('password').value).toBe('secret');
    }
    expect(words).toEqual([
      'The server refused the user name or password, so sync is still off. Check them and turn sync on again.',
      'Could not reach the server, so sync is still off. Check the address, or turn sync on again once the server is up.',
      'The server does not let this user use that database, so sync is still off. Make the user a member of the database on the server (in Fauxton, the database\'s Permissions), then turn sync on again.',
      'There is no database at that address. Create it on the server first (CouchDB does not let clients create one).',
    ]);
  });
  it('says what to do when the server will not let the user write, and that nothing is lost', async () => {
    const { host } = await panelWith({ error: { code: 'forbidden', detail: 'You are not allowed to access this db.' }, pending: 2 });
    await vi.waitFor(() => expect(host.querySelector('[role=alert]')).not.toBeNull());
    expect(host.querySelector('[role=alert]')!.textContent).toBe(
      'The server does not let this user write to that database. Nothing is lost: your changes wait in this library. Make the user a member of the database on the server (in Fauxton, the database\'s Permissions), then Sync now.',
    );
  });
});

describe('SyncPanel, turning sync on', () => {
  it('says the server is being asked while it is, and says no more once it has answered', async () => {
    const { host } = await panelWith({ server: null });
    vi.spyOn(browser.permissions, 'request').mockResolvedValue(true as never);
    let answer: (reply: unknown) => void = () => undefined;
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(() => new Promise((resolve) => (answer = resolve)) as never);
    const field = (name: string) => host.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
    field('url').value = 'https://couch.example.org/clippings';
    field('username').value = 'reader';
    field('password').value = 'secret';
    await act(async () => void host.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await vi.waitFor(() => expect(text(host, 'form [role=status]')).toEqual(['Asking the server… (up to 20 seconds)']));
    await act(async () => answer({ ok: true, value: { ...SYNC_OFF, error: { code: 'unreachable', detail: 'no answer in 20 s' } } }));
    await vi.waitFor(() => expect(host.querySelector('form [role=status]')).toBeNull());
    expect(host.querySelector('[role=alert]')!.textContent).toMatch(/^Could not reach the server, so sync is still off/);
  });
});
