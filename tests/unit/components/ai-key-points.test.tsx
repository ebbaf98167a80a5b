// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { AiKeyPoints } from '../../../components/AiKeyPoints';
import { MAX_INPUT_CHARS, aiKeyPointsState, clipInput, parseKeyPoints, summarizeKeyPoints } from '../../../utils/browser/summarizer';
import { componentTests, unmount } from '../ui-helpers';

const TEXT = 'The council approved the plan on Monday.\n\nWork starts next year.';

/** A stub of Chrome's Summarizer API. */
function stubApi(availability: string | (() => Promise<string>), output: string | Error = '* First point\n* Second point') {
  const calls = { availability: [] as unknown[], create: [] as Array<Record<string, unknown>>, summarize: [] as string[], destroyed: 0 };
  const Summarizer = {
    availability: vi.fn(async (opts?: unknown) => {
      calls.availability.push(opts);
      return typeof availability === 'function' ? availability() : availability;
    }),
    create: vi.fn(async (opts: Record<string, unknown>) => {
      calls.create.push(opts);
      const target = new EventTarget();
      (opts.monitor as ((m: EventTarget) => void) | undefined)?.(target);
      const progress = new Event('downloadprogress') as Event & { loaded: number };
      progress.loaded = 0.5;
      target.dispatchEvent(progress);
      return {
        summarize: vi.fn(async (text: string) => {
          calls.summarize.push(text);
          if (output instanceof Error) throw output;
          return output;
        }),
        destroy: () => void calls.destroyed++,
      };
    }),
  };
  return { scope: { Summarizer }, calls, Summarizer };
}

const settle = () =>
  act(async () => {
    for (let i = 0; i < 4; i++) await new Promise((r) => setTimeout(r, 0));
  });

/** Waits (flushing renders) until `check` passes: the panel's code loads on demand, which takes a moment. */
async function until(check: () => void) {
  await vi.waitFor(async () => {
    await settle();
    check();
  }, { timeout: 3000, interval: 10 });
}

// the panel is loaded on demand; load it once here so each test waits only for its own promises
beforeAll(async () => void (await import('../../../components/AiKeyPointsPanel')));
const { mount } = componentTests();

describe('summarizer helpers', () => {
  it('reads plain-text key points in the usual bullet forms', () => {
    expect(parseKeyPoints('* One.\n- Two.\n\n• Three.\n1. Four.\n**Five.**')).toEqual(['One.', 'Two.', 'Three.', 'Four.', 'Five.']);
    expect(parseKeyPoints('')).toEqual([]);
  });

  it('cuts a long article at a paragraph end, within the limit', () => {
    const para = 'A sentence of some length here. '.repeat(20).trim();
    const long = Array.from({ length: 40 }, () => para).join('\n\n');
    const cut = clipInput(long);
    expect(cut.length).toBeLessThanOrEqual(MAX_INPUT_CHARS);
    expect(cut.endsWith('here.')).toBe(true);
    expect(clipInput('  short  ')).toBe('short');
  });

  it('asks for key points as plain text, with the article language when known', async () => {
    const { scope, calls } = stubApi('available');
    expect(await aiKeyPointsState('en-GB', scope)).toBe('available');
    expect(calls.availability[0]).toMatchObject({ type: 'key-points', format: 'plain-text', expectedInputLanguages: ['en'], outputLanguage: 'en' });
    expect(await summarizeKeyPoints(TEXT, { scope, title: 'Plan' })).toEqual(['First point', 'Second point']);
    expect(calls.create[0]).toMatchObject({ type: 'key-points', format: 'plain-text' });
    expect(calls.summarize[0]).toBe(TEXT);
    expect(calls.destroyed).toBe(1);
  });

  it('asks for key points in the article\'s own language (German, French, Japanese…)', async () => {
    const asked = async (lang: string) => {
      const { scope, calls } = stubApi('available');
      await aiKeyPointsState(lang, scope);
      await summarizeKeyPoints(TEXT, { scope, lang });
      return [calls.availability[0], calls.create[0]].map((o) => {
        const { expectedInputLanguages, outputLanguage } = o as Record<string, unknown>;
        return [expectedInputLanguages, outputLanguage];
      });
    };
    expect(await asked('de-DE')).toEqual([[['de'], 'de'], [['de'], 'de']]);
    expect(await asked('fr')).toEqual([[['fr'], 'fr'], [['fr'], 'fr']]);
    expect(await asked('ja')).toEqual([[['ja'], 'ja'], [['ja'], 'ja']]);
  });

  it('does not ask about an article in a language the API does not read (Chrome aborts such a request with an error in the console)', async () => {
    const { scope, calls } = stubApi('available');
    expect(await aiKeyPointsState('ur', scope)).toBe('none');
    expect(await aiKeyPointsState('it-IT', scope)).toBe('none');
    await expect(summarizeKeyPoints(TEXT, { scope, lang: 'ur' })).rejects.toThrow(/does not read ur/);
    expect([calls.availability, calls.create]).toEqual([[], []]);
  });

  it('maps every availability answer, a missing API and a throwing one', async () => {
    expect(await aiKeyPointsState(null, stubApi('downloadable').scope)).toBe('downloadable');
    expect(await aiKeyPointsState(null, stubApi('downloading').scope)).toBe('downloadable');
    expect(await aiKeyPointsState(null, stubApi('unavailable').scope)).toBe('none');
    expect(await aiKeyPointsState(null, stubApi('something new').scope)).toBe('none');
    expect(await aiKeyPointsState(null, {})).toBe('none');
    expect(await aiKeyPointsState(null, { Summarizer: { availability: 1 } })).toBe('none');
    expect(await aiKeyPointsState(null, stubApi(() => Promise.reject(new Error('boom'))).scope)).toBe('none');
    await expect(summarizeKeyPoints(TEXT, { scope: {} })).rejects.toThrow();
  });
});

describe('<AiKeyPoints>', () => {
  it('available: summarises at once and shows the points as text', async () => {
    const { scope } = stubApi('available', '* <img src=x onerror=alert(1)> Rates rise\n* Work starts next year');
    const host = mount(<AiKeyPoints text={TEXT} scope={scope} />);
    await until(() => expect(host.querySelector('li')).not.toBeNull());
    expect(host.querySelector('h2')?.textContent).toBe('AI key points (on device)');
    expect([...host.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['<img src=x onerror=alert(1)> Rates rise', 'Work starts next year']);
    expect(host.querySelector('img')).toBeNull();
    expect(host.querySelector('button')).toBeNull();
  });

  it('downloadable: offers a button, and summarises only after the click', async () => {
    const { scope, calls } = stubApi('downloadable');
    const host = mount(<AiKeyPoints text={TEXT} scope={scope} />);
    await until(() => expect(host.querySelector('button')).not.toBeNull());
    const button = host.querySelector('button')!;
    expect(button.textContent).toBe('Get AI key points (on device)');
    expect(calls.create).toHaveLength(0);
    await act(async () => button.click());
    await settle();
    expect(calls.create).toHaveLength(1);
    expect([...host.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['First point', 'Second point']);
  });

  it('the download progress shows while the model downloads after the click', async () => {
    let finish: (s: string) => void = () => {};
    const { scope, Summarizer } = stubApi('downloadable');
    Summarizer.create.mockImplementationOnce(async (opts: Record<string, unknown>) => {
      const target = new EventTarget();
      (opts.monitor as (m: EventTarget) => void)(target);
      const e = new Event('downloadprogress') as Event & { loaded: number };
      e.loaded = 0.42;
      target.dispatchEvent(e);
      return { summarize: vi.fn(() => new Promise<string>((r) => (finish = r))), destroy: () => undefined };
    });
    const host = mount(<AiKeyPoints text={TEXT} scope={scope} />);
    await until(() => expect(host.querySelector('button')).not.toBeNull());
    await act(async () => host.querySelector('button')!.click());
    await settle();
    expect(host.querySelector('[role="status"]')?.textContent).toBe('Downloading the on-device model: 42%');
    await act(async () => finish('- Done'));
    await settle();
    expect([...host.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Done']);
  });

  it('unavailable or absent: renders nothing', async () => {
    const unavailable = stubApi('unavailable');
    const host = mount(<AiKeyPoints text={TEXT} scope={unavailable.scope} />);
    await until(() => expect(unavailable.Summarizer.availability).toHaveBeenCalled());
    await settle();
    expect(host.innerHTML).toBe('');
    unmount(host);
    const absent = mount(<AiKeyPoints text={TEXT} scope={{}} />);
    await settle();
    expect(absent.innerHTML).toBe('');
  });

  it('throwing: availability() or summarize() failing leaves nothing behind on its own', async () => {
    const throwing = stubApi(() => Promise.reject(new Error('boom')));
    const host = mount(<AiKeyPoints text={TEXT} scope={throwing.scope} />);
    await until(() => expect(throwing.Summarizer.availability).toHaveBeenCalled());
    await settle();
    expect(host.innerHTML).toBe('');
    unmount(host);
    const failing = stubApi('available', new Error('quota'));
    const again = mount(<AiKeyPoints text={TEXT} scope={failing.scope} />);
    await until(() => expect(failing.calls.summarize).toHaveLength(1));
    await settle();
    expect(again.innerHTML).toBe('');
  });

  it('a failure after the click says so instead of ignoring it', async () => {
    const host = mount(<AiKeyPoints text={TEXT} scope={stubApi('downloadable', new Error('download failed')).scope} />);
    await until(() => expect(host.querySelector('button')).not.toBeNull());
    await act(async () => host.querySelector('button')!.click());
    await settle();
    expect(host.textContent).toContain('AI key points are not available right now.');
    expect(host.querySelector('li')).toBeNull();
  });
});
