// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LibraryLost } from '../../../../components/library/LibraryLost';
import { LIBRARY_LOSS, type LibraryLoss } from '../../../../utils/browser/library-mark';
import { componentTests } from '../../ui-helpers';
import { formatDateTime } from '../../../../utils/format';

const { mount } = componentTests();
beforeEach(() => fakeBrowser.reset());

const loss = (overrides: Partial<LibraryLoss> = {}): LibraryLoss => ({ noticedAt: Date.UTC(2026, 11, 6, 2, 0), count: 1234, lastSavedAt: Date.UTC(2026, 11, 5, 22, 0), reason: null, ...overrides });
const shown = async (host: HTMLElement) => {
  await vi.waitFor(() => expect(host.querySelector('[role=alert]')).not.toBeNull());
  return host.querySelector('[role=alert]')!.textContent!;
};

describe('LibraryLost', () => {
  it('says nothing without a notice', async () => {
    const host = mount(<LibraryLost />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(host.innerHTML).toBe('');
  });

  it('says what was lost, the last save, what to do; the browser\'s reason when it gave one', async () => {
    await fakeBrowser.storage.local.set({ [LIBRARY_LOSS]: loss({ reason: 'IndexedDB (database was corrupt): CURRENT file does not end with newline' }) });
    const text = await shown(mount(<LibraryLost />));
    expect(text).toContain('Your library was lost');
    expect(text).toContain(`The browser dropped Clean Reader's database, which held ${(1234).toLocaleString()} clippings, and started an empty one`);
    expect(text).toContain(`The last was saved on ${formatDateTime(Date.UTC(2026, 11, 5, 22, 0))}.`);
    expect(text).toContain("The browser's reason: IndexedDB (database was corrupt): CURRENT file does not end with newline");
    expect(text).toContain('pick your last JSON backup');
    expect(text).toContain('Sync now brings back every clipping your server holds');
  });

  it('one clipping in the singular; an unknown count as "your clippings", no last save', async () => {
    await fakeBrowser.storage.local.set({ [LIBRARY_LOSS]: loss({ count: 1 }) });
    const host = mount(<LibraryLost />);
    expect(await shown(host)).toContain('which held 1 clipping,');
    await act(() => fakeBrowser.storage.local.set({ [LIBRARY_LOSS]: loss({ count: 0, lastSavedAt: null }) }));
    await vi.waitFor(() => expect(host.textContent).toContain('which held your clippings,'));
    expect(host.textContent).not.toContain('The last was saved');
  });

  it('appears when the notice is left while the page is open, and goes when dismissed', async () => {
    const host = mount(<LibraryLost />);
    await act(() => fakeBrowser.storage.local.set({ [LIBRARY_LOSS]: loss() }));
    await shown(host);
    await act(async () => {
      [...host.querySelectorAll('button')].find((b) => b.textContent === 'I understand')!.click();
    });
    await vi.waitFor(() => expect(host.querySelector('[role=alert]')).toBeNull());
    expect((await fakeBrowser.storage.local.get(LIBRARY_LOSS))[LIBRARY_LOSS]).toBeUndefined();
  });
});
