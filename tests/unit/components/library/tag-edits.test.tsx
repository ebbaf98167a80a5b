// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { TagActions } from '../../../../components/library/TagActions';
import { TAG_CHUNK, tagNotice, useTagEdits } from '../../../../components/library/use-tag-edits';
import { useNotices, type Notices } from '../../../../components/library/use-notices';
import type { TagChange } from '../../../../utils/clippings/bulk-tags';
import { componentTests } from '../../ui-helpers';

const { mount } = componentTests();

type Sent = { type: string; action: string; changes: TagChange[] };

/** A background whose every other clipping (even ids) has the tag already; it fails the `failAt`th message. */
function background(failAt = Infinity) {
  const sent: Sent[] = [];
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: Sent) => {
    sent.push(message);
    if (sent.length === failAt) return { ok: false, error: 'quota', message: 'full' };
    const changed = message.action === 'remove' ? message.changes : message.changes.filter((c) => c.id % 2 === 1 || c.at !== undefined);
    return { ok: true, value: { undo: changed.map((c) => ({ id: c.id, tag: c.tag, ...(message.action === 'remove' ? { at: 0 } : {}) })), full: 0 } };
  }) as never);
  return sent;
}

function harness() {
  const got: { tags?: ReturnType<typeof useTagEdits>; notices?: Notices } = {};
  function Probe() {
    got.notices = useNotices();
    got.tags = useTagEdits(got.notices, () => undefined);
    return null;
  }
  mount(<Probe />);
  return got;
}

const ids = Array.from({ length: TAG_CHUNK * 2 + 10 }, (_, i) => i + 1);

describe('useTagEdits: a tag on a large selection', () => {
  it('is added TAG_CHUNK clippings a message, says how many had it, and Undo removes it from the others only', async () => {
    const sent = background();
    const got = harness();
    await act(() => got.tags!.changeTag('add', ids, '  reading   list '));
    expect(sent.map((m) => [m.action, m.changes.length])).toEqual([['add', TAG_CHUNK], ['add', TAG_CHUNK], ['add', 10]]);
    expect(sent[0]!.changes[0]).toEqual({ id: 1, tag: '  reading   list ' });
    expect(got.notices!.notice!.text).toBe('Tag “reading list” added: 1,005. 1,005 had it already.');
    expect(got.notices!.progress).toBeNull();
    await act(() => got.notices!.notice!.undo!());
    const undone = sent.slice(3);
    expect(undone.every((m) => m.action === 'remove')).toBe(true);
    expect(undone.flatMap((m) => m.changes.map((c) => c.id))).toEqual(ids.filter((id) => id % 2 === 1));
    expect(got.notices!.notice!.text).toBe('Undone: 1,005.');
  });

  it('stops at a failed part, says how far it got, and offers to undo that much', async () => {
    const sent = background(2);
    const got = harness();
    await act(() => got.tags!.changeTag('remove', ids, 'old'));
    expect(got.notices!.notice).toMatchObject({ tone: 'error', text: expect.stringMatching(/^Not done: .+ 1,000 of 2,010 were changed before it stopped; Undo takes them back\.$/) });
    await act(() => got.notices!.notice!.undo!());
    // a removal is undone by adding the tag back where it was
    expect(sent.slice(2).flatMap((m) => m.changes)).toEqual(ids.slice(0, TAG_CHUNK).map((id) => ({ id, tag: 'old', at: 0 })));
  });

  it('says when nothing had the tag to remove, or every one was full, with no Undo', () => {
    expect(tagNotice('remove', 'old', 5, { undo: [], full: 0 }, async () => undefined)).toEqual({ text: 'No selected clipping has the tag “old”.', tone: 'ok' });
    expect(tagNotice('add', 'new', 2, { undo: [], full: 2 }, async () => undefined).text).toBe('2 not tagged: they have 30 tags, the most a clipping can hold.');
  });
});

describe('TagActions', () => {
  it('opens a field for the tag, sends it, and closes; Escape closes it without sending', async () => {
    const onChange = vi.fn();
    const host = mount(<TagActions count={1200} tags={['Later', 'Work']} onChange={onChange} />);
    act(() => [...host.querySelectorAll('button')].find((b) => b.textContent === 'Remove tag…')!.click());
    expect(host.querySelector('label')!.textContent).toBe('Tag to remove from the 1,200 selected');
    expect([...host.querySelectorAll('option')].map((o) => o.value)).toEqual(['Later', 'Work']);
    const input = host.querySelector('input')!;
    expect(document.activeElement).toBe(input);
    // a blank tag is not sent
    act(() => void host.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })));
    expect(onChange).not.toHaveBeenCalled();
    act(() => {
      input.value = 'Later';
      input.dispatchEvent(new Event('input'));
    });
    act(() => void host.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })));
    expect(onChange).toHaveBeenCalledWith('remove', 'Later');
    expect(host.querySelector('form')).toBeNull();
    act(() => [...host.querySelectorAll('button')].find((b) => b.textContent === 'Add tag…')!.click());
    act(() => void host.querySelector('input')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(host.querySelector('form')).toBeNull();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('says a tag is too long to keep and sends nothing until it is shortened', () => {
    const onChange = vi.fn();
    const host = mount(<TagActions count={3} tags={[]} onChange={onChange} />);
    act(() => [...host.querySelectorAll('button')].find((b) => b.textContent === 'Add tag…')!.click());
    const input = host.querySelector('input')!;
    const enter = (text: string) => act(() => void ((input.value = text), input.dispatchEvent(new Event('input'))));
    enter('  municipal   flood-defence engineering reports  '); // 47 characters single-spaced
    expect(host.querySelector('[role="alert"]')!.textContent).toContain('“municipal   flood-defence engineering reports” is longer than 40 characters');
    act(() => void host.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })));
    expect(onChange).not.toHaveBeenCalled();
    enter('flood-defence reports');
    expect(host.querySelector('[role="alert"]')).toBeNull();
    act(() => void host.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })));
    expect(onChange).toHaveBeenCalledWith('add', 'flood-defence reports');
  });
});
