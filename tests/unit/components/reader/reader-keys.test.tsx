// @vitest-environment happy-dom
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { useReaderKeys } from '../../../../components/reader/use-reader-keys';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../../../../utils/settings';
import { componentTests } from '../../ui-helpers';

const { mount } = componentTests();

function Keys({ onChange, closePanel }: { onChange: (s: ReaderSettings) => void; closePanel: () => void }) {
  useReaderKeys(DEFAULT_SETTINGS, onChange, closePanel);
  return <input />;
}

const press = (key: string, target: EventTarget = document.body, init: KeyboardEventInit = {}) =>
  act(() => void target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init })));

describe('useReaderKeys', () => {
  it('changes the text size with + and −, not while typing nor with a modifier', () => {
    const onChange = vi.fn();
    const host = mount(<Keys onChange={onChange} closePanel={() => undefined} />);
    press('+');
    press('-');
    press('+', host.querySelector('input')!);
    press('+', document.body, { ctrlKey: true });
    expect(onChange.mock.calls.map(([s]) => (s as ReaderSettings).size)).toEqual([DEFAULT_SETTINGS.size + 1, DEFAULT_SETTINGS.size - 1]);
  });

  it('closes the settings panel with Escape only when it is open', () => {
    const closePanel = vi.fn();
    mount(<Keys onChange={() => undefined} closePanel={closePanel} />);
    press('Escape');
    expect(closePanel).not.toHaveBeenCalled();
    const panel = document.body.appendChild(Object.assign(document.createElement('div'), { className: 'reader-panel' }));
    press('Escape');
    expect(closePanel).toHaveBeenCalledOnce();
    panel.remove();
  });

  it('a second + right after the first one renders steps from the new size (the handler is the last render\'s)', async () => {
    let size = 0;
    function Sized() {
      const [settings, setSettings] = useState(DEFAULT_SETTINGS);
      size = settings.size;
      useReaderKeys(settings, setSettings, () => undefined);
      return null;
    }
    mount(<Sized />);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true }));
    await Promise.resolve(); // the render, not the frame after it
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true }));
    await act(async () => undefined);
    expect(size).toBe(DEFAULT_SETTINGS.size + 2);
  });
});
