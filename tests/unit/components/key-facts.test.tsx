// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { KeyFacts } from '../../../components/KeyFacts';
import { extractKeyFacts, type KeyFacts as Facts } from '../../../utils/keyfacts';
import { componentTests } from '../ui-helpers';

function facts(partial: Partial<Facts>): Facts {
  return {
    sentences: ['S0.', 'S1.', 'S2.', 'S3.'],
    people: [],
    organizations: [],
    places: [],
    dates: [],
    numbers: [],
    quotes: [],
    keySentences: [],
    english: true,
    ...partial,
  };
}

const labels = (host: HTMLElement) => [...host.querySelectorAll('.cr-facts-label')].map((h) => h.textContent);

const { mount } = componentTests();

describe('<KeyFacts>', () => {
  it('shows only the sections that have facts, in order, with localised labels', () => {
    const host = mount(
      <KeyFacts
        facts={facts({
          people: [{ name: 'Yang Jie', role: 'Chairman', sentence: 0 }],
          numbers: [{ text: '27%', sentence: 2 }],
          keySentences: [{ text: 'S1.', sentence: 1 }],
        })}
        onSelect={() => {}}
      />,
    );
    expect(host.querySelector('h2')?.textContent).toBe('Key facts');
    expect(labels(host)).toEqual(['Who', 'Numbers', 'Key points']);
    // the block and each section are named by their headings
    const named = (el: Element | null) => el && document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent;
    expect(named(host.querySelector('section'))).toBe('Key facts');
    expect([...host.querySelectorAll('[role="group"]')].map(named)).toEqual(['Who', 'Numbers', 'Key points']);
    const who = host.querySelector('.cr-fact')!;
    expect(who.querySelector('.cr-fact-main')?.textContent).toBe('Yang Jie');
    expect(who.querySelector('.cr-fact-sub')?.textContent).toBe('Chairman');
  });

  it('shows dates and numbers that mean something on their own: no vague date beside real ones, no bare number', () => {
    const host = mount(
      <KeyFacts
        facts={facts({
          dates: [{ text: 'this year', sentence: 0 }, { text: 'March 4', sentence: 1 }, { text: 'Friday', sentence: 2 }],
          numbers: [{ text: '5', sentence: 0 }, { text: '30-date tour', sentence: 1 }],
        })}
        onSelect={() => {}}
      />,
    );
    expect([...host.querySelectorAll('.cr-fact-main')].map((e) => e.textContent)).toEqual(['March 4', '30-date tour']);
  });

  it('keeps vague dates when the article gives no other', () => {
    const host = mount(<KeyFacts facts={facts({ dates: [{ text: 'Friday', sentence: 0 }] })} onSelect={() => {}} />);
    expect([...host.querySelectorAll('.cr-fact-main')].map((e) => e.textContent)).toEqual(['Friday']);
  });

  it('renders nothing at all when there are no facts', () => {
    const host = mount(<KeyFacts facts={facts({})} onSelect={() => {}} />);
    expect(host.innerHTML).toBe('');
  });

  it('calls onSelect with the sentence index of the clicked fact; facts are real buttons (keyboard-operable)', () => {
    const onSelect = vi.fn();
    const host = mount(
      <KeyFacts
        facts={facts({
          organizations: [{ name: 'China Mobile Communications Corporation', acronym: 'CMCC', sentence: 0 }],
          places: [{ text: 'Pakistan', sentence: 3 }],
        })}
        onSelect={onSelect}
      />,
    );
    const buttons = [...host.querySelectorAll<HTMLButtonElement>('button.cr-fact')];
    expect(buttons.map((b) => b.textContent)).toEqual(['China Mobile Communications CorporationCMCC', 'Pakistan']);
    for (const b of buttons) {
      expect(b.tagName).toBe('BUTTON');
      expect(b.type).toBe('button');
      expect(b.getAttribute('dir'), 'right-to-left facts read right to left').toBe('auto');
    }
    act(() => buttons[1]!.click());
    expect(onSelect).toHaveBeenLastCalledWith(3);
    act(() => buttons[0]!.click());
    expect(onSelect).toHaveBeenLastCalledWith(0);
  });

  it('renders page text as text, never as markup', () => {
    const host = mount(
      <KeyFacts facts={facts({ quotes: [{ text: '<img src=x onerror=alert(1)> it works', speaker: '<b>Smith</b>', sentence: 1 }] })} onSelect={() => {}} />,
    );
    expect(host.querySelector('img')).toBeNull();
    expect(host.querySelector('b')).toBeNull();
    expect(host.querySelector('.cr-fact-main')?.textContent).toBe('“<img src=x onerror=alert(1)> it works”');
    expect(host.querySelector('.cr-fact-sub')?.textContent).toBe('<b>Smith</b>');
  });

  it('lists a repeated date or number once, and folds a long list behind a "more" button', () => {
    const numbers = Array.from({ length: 11 }, (_, i) => ({ text: `${i + 1}%`, sentence: i % 4 }));
    numbers.push({ text: '1%', sentence: 3 });
    const host = mount(<KeyFacts facts={facts({ numbers })} onSelect={() => {}} />);
    const shown = () => [...host.querySelectorAll('.cr-fact')].map((b) => b.textContent);
    expect(shown()).toHaveLength(8);
    const more = host.querySelector<HTMLButtonElement>('.cr-facts-more')!;
    expect(more.textContent).toBe('3 more');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    act(() => more.click());
    expect(shown()).toEqual(numbers.slice(0, 11).map((n) => n.text));
    expect(host.querySelector('.cr-facts-more')?.textContent).toBe('Fewer');
  });

  it('shortens a long quote for display and names its speaker', () => {
    const long = 'word '.repeat(60).trim();
    const host = mount(<KeyFacts facts={facts({ quotes: [{ text: long, speaker: 'Khawaja', sentence: 2 }] })} onSelect={() => {}} />);
    const main = host.querySelector('.cr-fact-main')!.textContent!;
    expect(main.length).toBeLessThan(170);
    expect(main.endsWith('…”')).toBe(true);
    expect(host.querySelector('.cr-fact-sub')?.textContent).toBe('Khawaja');
  });

  it('works end to end with the extractor: every fact button points at a sentence that exists', () => {
    const f = extractKeyFacts(
      'Bank raises rates',
      'The Reserve Bank of India (RBI) raised its rate to 6.5% on Tuesday, Governor Shaktikanta Das said.\n\n"Inflation remains too high," Das told reporters in Mumbai.',
    );
    const onSelect = vi.fn();
    const host = mount(<KeyFacts facts={f} onSelect={onSelect} />);
    const buttons = [...host.querySelectorAll<HTMLButtonElement>('button.cr-fact')];
    expect(buttons.length).toBeGreaterThan(3);
    for (const b of buttons) act(() => b.click());
    for (const [i] of onSelect.mock.calls) expect(f.sentences[i as number]).toBeTruthy();
  });
});
