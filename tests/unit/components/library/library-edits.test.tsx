// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { DELETE_CHUNK, useLibraryEdits } from '../../../../components/library/use-library-edits';
import { useNotices, type Notices } from '../../../../components/library/use-notices';
import { componentTests } from '../../ui-helpers';
import { makeClipping } from '../../clippings/helpers';

const { mount } = componentTests();

/** The hook's edits and the notices they set, from a bare component. */
function harness() {
  const got: { edits?: ReturnType<typeof useLibraryEdits>; notices?: Notices } = {};
  const deletedIds: number[][] = [];
  function Probe() {
    got.notices = useNotices();
    got.edits = useLibraryEdits(got.notices, () => undefined, (ids) => deletedIds.push(ids));
    return null;
  }
  mount(<Probe />);
  return { got, deletedIds };
}

/** A background that deletes what it is asked, but fails the `failAt`th delete message; records every message. */
function background(failAt = Infinity) {
  const sent: Array<{ type: string; ids?: number[]; clippings?: unknown[] }> = [];
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: { type: string; ids?: number[]; clippings?: unknown[] }) => {
    sent.push(message);
    if (message.type === 'restore-clippings') return { ok: true, value: { added: message.clippings!.length, merged: 0, unchanged: 0 } };
    if (sent.filter((m) => m.type === 'delete-clippings').length === failAt) return { ok: false, error: 'storage', message: 'disk full' };
    return { ok: true, value: { deleted: message.ids!.map((id) => makeClipping(id)) } };
  }) as never);
  return sent;
}

describe('useLibraryEdits: a large selection', () => {
  const ids = Array.from({ length: DELETE_CHUNK * 2 + 50 }, (_, i) => i + 1);

  it('deletes a message of at most DELETE_CHUNK at a time, and undoes every one the same way', async () => {
    const sent = background();
    const { got, deletedIds } = harness();
    await act(() => got.edits!.deleteIds(ids));
    expect(sent.map((m) => m.ids!.length)).toEqual([DELETE_CHUNK, DELETE_CHUNK, 50]);
    expect(deletedIds.flat()).toEqual(ids);
    expect(got.notices!.notice).toMatchObject({ text: `Deleted: ${ids.length}.`, tone: 'ok' });
    expect(got.notices!.progress).toBeNull();
    await act(() => got.edits!.undo(got.notices!.notice!.undo!));
    expect(sent.slice(3).map((m) => [m.type, m.clippings!.length])).toEqual([['restore-clippings', DELETE_CHUNK], ['restore-clippings', DELETE_CHUNK], ['restore-clippings', 50]]);
    expect(got.notices!.notice!.text).toBe(`Restored: ${ids.length}.`);
  });

  it('stops at a failed message, says so, and still offers to undo what was deleted before it', async () => {
    background(2);
    const { got, deletedIds } = harness();
    await act(() => got.edits!.deleteIds(ids));
    expect(deletedIds.flat()).toEqual(ids.slice(0, DELETE_CHUNK));
    expect(got.notices!.notice).toMatchObject({ tone: 'error', text: expect.stringMatching(/^Not done/) });
    expect(got.notices!.notice!.undo!.map((c) => c.id)).toEqual(ids.slice(0, DELETE_CHUNK));
  });
});
