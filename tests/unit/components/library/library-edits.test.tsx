// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { CHUNK_CHARS, FIRST_DELETE_CHUNK } from '../../../../utils/clippings/chunked';
import { useLibraryEdits } from '../../../../components/library/use-library-edits';
import { STATE_CHUNK, useMarks } from '../../../../components/library/use-marks';
import { useNotices, type Notices } from '../../../../components/library/use-notices';
import { ClippingsDb } from '../../../../utils/clippings/db';
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
    return { ok: true, value: { deleted: message.ids!.map((id) => makeClipping(id, { text: 'x'.repeat(TEXT), html: '' })) } };
  }) as never);
  return sent;
}

/** Each clipping's text: a message of CHUNK_CHARS holds 160 of them. */
const TEXT = CHUNK_CHARS / 160;

describe('useLibraryEdits: a large selection', () => {
  const ids = Array.from({ length: 450 }, (_, i) => i + 1);

  it('deletes in messages sized by what the last one carried, and undoes every one in messages of that size', async () => {
    const sent = background();
    const { got, deletedIds } = harness();
    await act(() => got.edits!.deleteIds(ids));
    expect(sent.map((m) => m.ids!.length)).toEqual([FIRST_DELETE_CHUNK, 160, 90]);
    expect(deletedIds.flat()).toEqual(ids);
    expect(got.notices!.notice).toMatchObject({ text: `Deleted: ${ids.length}.`, tone: 'ok' });
    expect(got.notices!.progress).toBeNull();
    await act(() => got.notices!.notice!.undo!());
    expect(sent.slice(3).map((m) => [m.type, m.clippings!.length])).toEqual([['restore-clippings', 160], ['restore-clippings', 160], ['restore-clippings', 130]]);
    expect(got.notices!.notice!.text).toBe(`Restored: ${ids.length}.`);
  });

  it('stops at a failed message, says so, and still offers to undo what was deleted before it', async () => {
    const sent = background(2);
    const { got, deletedIds } = harness();
    await act(() => got.edits!.deleteIds(ids));
    expect(deletedIds.flat()).toEqual(ids.slice(0, FIRST_DELETE_CHUNK));
    expect(got.notices!.notice).toMatchObject({ tone: 'error', text: expect.stringMatching(/^Not done/) });
    await act(() => got.notices!.notice!.undo!());
    expect(sent.filter((m) => m.type === 'restore-clippings').flatMap((m) => m.clippings!.map((c) => (c as { id: number }).id))).toEqual(ids.slice(0, FIRST_DELETE_CHUNK));
  });
});

describe('useMarks: the state of a large selection', () => {
  it('is set STATE_CHUNK clippings a message, and the counts of all are added up', async () => {
    const sent: number[] = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: { ids: number[] }) => {
      sent.push(message.ids.length);
      return { ok: true, value: { updated: message.ids.length } };
    }) as never);
    let setStates: ReturnType<typeof useMarks>['setStates'] | undefined;
    function Probe() {
      setStates = useMarks(new ClippingsDb('unused'), useNotices(), () => undefined).setStates;
      return null;
    }
    mount(<Probe />);
    let reply: Awaited<ReturnType<NonNullable<typeof setStates>>> | undefined;
    await act(async () => void (reply = await setStates!(Array.from({ length: STATE_CHUNK * 2 + 5 }, (_, i) => i + 1), 'finished')));
    expect(sent).toEqual([STATE_CHUNK, STATE_CHUNK, 5]);
    expect(reply).toEqual({ ok: true, value: { updated: STATE_CHUNK * 2 + 5 } });
  });
});
