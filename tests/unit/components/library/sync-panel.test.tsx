// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SyncPanel } from '../../../../components/library/SyncPanel';
import { refusedByReason, STALE_AFTER_MS, STATUS_KEY, SYNC_OFF, type SyncStatus } from '../../../../utils/sync/status';
import { componentTests } from '../../ui-helpers';

const { mount } = componentTests();

async function panelWith(status: Partial<SyncStatus>) {
  fakeBrowser.reset();
  vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
  await browser.storage.local.set({ [STATUS_KEY]: { ...SYNC_OFF, server: 'https://couch.example.org/clippings', lastSyncedAt: 1, ...status } });
  const host = mount(<SyncPanel libraryPainted={false} />);
  await vi.waitFor(() => expect(host.querySelector('[role=status]')).not.toBeNull());
  return host;
}

const text = (host: HTMLElement, selector: string) => [...host.querySelectorAll(selector)].map((e) => e.textContent);

describe('SyncPanel', () => {
  it('names the clippings the server refused, by reason, a few by title and the rest counted', async () => {
    const refused = ['One', 'Two', 'Three', 'Four'].map((title) => ({ title, reason: 'too-large' as const }));
    const host = await panelWith({ refused: refusedByReason([{ title: 'Banned', reason: 'forbidden' }, ...refused]) });
    expect(text(host, '.cr-sync-refused')).toEqual([
      expect.stringMatching(/^4 clippings were refused by the server as too large: “One”, “Two”, “Three” and 1 more\. They stay in this library, the rest syncs/),
      expect.stringMatching(/^1 clipping was refused by a rule on the server: “Banned”\. It stays in this library/),
    ]);
  });

  it('shows a running sync as running, and one whose heartbeat stopped as cut short, with Sync now usable', async () => {
    const live = await panelWith({ running: true, beatAt: Date.now() });
    expect(text(live, '[role=status]')[0]).toMatch(/^Syncing…/);
    expect(live.querySelector<HTMLButtonElement>('.cr-button-primary')!.disabled).toBe(true);

    const dead = await panelWith({ running: true, beatAt: Date.now() - STALE_AFTER_MS - 1 });
    expect(text(dead, '[role=status]')[0]).toMatch(/^Last synced .* · waiting to be sent: 0 · the last sync was cut short/);
    expect(dead.querySelector<HTMLButtonElement>('.cr-button-primary')!.disabled).toBe(false);
  });
});
