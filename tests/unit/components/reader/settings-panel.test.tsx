/** The reader's Text and theme panel lies over the page: focus moving on past it closes it, so nothing is focused under it. */
import { createRef } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { SettingsPanel } from '@/components/reader/SettingsPanel';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { componentTests } from '../../ui-helpers';

const { mount } = componentTests();

function setUp() {
  const opener = createRef<HTMLButtonElement>();
  const onLeave = vi.fn();
  const onClose = vi.fn();
  const host = mount(
    <div>
      <button ref={opener}>Text and theme</button>
      <SettingsPanel settings={DEFAULT_SETTINGS} onChange={() => undefined} onClose={onClose} onLeave={onLeave} opener={opener} />
      <a href="#site" id="under">Harbour Gazette</a>
    </div>,
  );
  return { host, opener, onLeave, onClose };
}

describe('SettingsPanel', () => {
  it('puts every setting back to its default at once with "Reset to defaults", its last control', () => {
    const moved = { ...DEFAULT_SETTINGS, theme: 'sepia', font: 'mono', size: 31, width: 85, lineHeight: 2.1, letterSpacing: 0.1, wordSpacing: 0.25, align: 'justify' } as const;
    const onChange = vi.fn();
    const host = mount(<SettingsPanel settings={moved} onChange={onChange} onClose={() => undefined} onLeave={() => undefined} opener={createRef()} />);
    const controls = [...host.querySelectorAll<HTMLElement>('[role="dialog"] input, [role="dialog"] button')];
    const reset = controls.at(-1)!;
    expect(reset.textContent).toBe('Reset to defaults');
    reset.click();
    expect(onChange).toHaveBeenCalledWith(DEFAULT_SETTINGS);
  });

  it('closes when the focus moves on to the page under it, leaving the focus there', () => {
    const { host, onLeave, onClose } = setUp();
    const radios = host.querySelectorAll<HTMLInputElement>('[role="dialog"] input[type="radio"]');
    expect(document.activeElement).toBe(host.querySelector('input[name="theme"]:checked'));
    radios[radios.length - 1]!.focus();
    expect(onLeave).not.toHaveBeenCalled();
    const under = host.querySelector<HTMLAnchorElement>('#under')!;
    under.focus();
    expect(onLeave).toHaveBeenCalledTimes(1);
    expect(onClose).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(under);
  });

  it('stays open when the focus goes back to the button that opens it (which toggles it) or nowhere', () => {
    const { host, opener, onLeave } = setUp();
    opener.current!.focus();
    (host.querySelector('input[type="range"]') as HTMLInputElement).focus();
    (document.activeElement as HTMLElement).blur();
    expect(onLeave).not.toHaveBeenCalled();
  });
});

describe('SettingsPanel sliders', () => {
  it('give each value its unit as a reader would say it, shown and read out', () => {
    const settings = { ...DEFAULT_SETTINGS, size: 18, width: 55, lineHeight: 1.6, letterSpacing: 0.05, wordSpacing: 0 };
    const host = mount(<SettingsPanel settings={settings} onChange={() => undefined} onClose={() => undefined} onLeave={() => undefined} opener={createRef()} />);
    const sliders = [...host.querySelectorAll('.reader-slider')].map((label) => [
      label.querySelector('span')!.textContent,
      label.querySelector('output')!.textContent,
      label.querySelector('input')!.getAttribute('aria-valuetext'),
    ]);
    expect(sliders).toEqual([
      ['Text size', '18 px', '18 px'],
      ['Line length', '55 characters', '55 characters'],
      ['Line height', '1.6×', '1.6×'],
      ['Letter spacing', '5% of text size', '5% of text size'],
      ['Word spacing', '0% of text size', '0% of text size'],
    ]);
  });
});
