// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_VOICE_WAIT_MS, ReadAloud } from '../../../../components/reader/ReadAloud';
import { componentTests } from '../../ui-helpers';

const { mount } = componentTests();

/** An utterance as the browser makes it: its text and the handlers the component sets. */
class FakeUtterance {
  rate = 1;
  lang = '';
  voice: unknown = null;
  onstart: (() => void) | null = null;
  onend: (() => void) | null = null;
  onerror: ((e: { error: string }) => void) | null = null;
  constructor(public text: string) {}
}

/** A speech engine with these voices whose `speak` does what `speak` says (nothing: a system without voices). */
function engine(voices: unknown[], speak: (u: FakeUtterance) => void = () => undefined) {
  const synth = { getVoices: () => voices, speak: vi.fn(speak), cancel: vi.fn(), pause: vi.fn(), resume: vi.fn(), addEventListener() {}, removeEventListener() {} };
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  return synth;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => (vi.useRealTimers(), vi.unstubAllGlobals()));

const TEXT = 'The ferry left at dawn. The crew counted the tides.';
const buttons = (host: HTMLElement) => [...host.querySelectorAll('button')].map((b) => b.textContent);
const said = (host: HTMLElement) => host.querySelector('[role="status"]')?.textContent ?? null;

describe('ReadAloud when nothing can be spoken', () => {
  it('goes back to Listen and says why when the browser lists no voice and the first sentence never starts', () => {
    engine([]);
    const onSentence = vi.fn();
    const host = mount(<ReadAloud text={TEXT} lang="en" onSentence={onSentence} />);
    act(() => host.querySelector('button')!.click());
    expect(buttons(host)).toEqual(['Pause', 'Stop']);
    act(() => void vi.advanceTimersByTime(NO_VOICE_WAIT_MS));
    expect(buttons(host)).toEqual(['Listen']);
    expect(said(host)).toMatch(/^No voice to read with/);
    expect(onSentence).toHaveBeenLastCalledWith(null);
  });

  it('says so at once when the engine fails a sentence, but not when the reader stopped it', () => {
    let last: FakeUtterance | undefined;
    engine([{ name: 'A voice', lang: 'en-GB' }], (u) => void (last = u));
    const host = mount(<ReadAloud text={TEXT} lang="en" onSentence={() => undefined} />);
    act(() => host.querySelector('button')!.click());
    act(() => last!.onerror!({ error: 'interrupted' }));
    expect(buttons(host)).toEqual(['Pause', 'Stop']);
    act(() => last!.onerror!({ error: 'synthesis-failed' }));
    expect(buttons(host)).toEqual(['Listen']);
    expect(said(host)).toMatch(/^No voice to read with/);
  });

  it('reads on with no message when a sentence starts, voices listed or not', () => {
    engine([], (u) => u.onstart?.());
    const onSentence = vi.fn();
    const host = mount(<ReadAloud text={TEXT} lang="en" onSentence={onSentence} />);
    act(() => host.querySelector('button')!.click());
    act(() => void vi.advanceTimersByTime(NO_VOICE_WAIT_MS * 2));
    expect(buttons(host)).toEqual(['Pause', 'Stop']);
    expect(said(host)).toBeNull();
    expect(onSentence).toHaveBeenCalledWith('The ferry left at dawn.');
  });
});
