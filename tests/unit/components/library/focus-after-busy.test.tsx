/**
 * A control the library turns off while its work runs loses the focus to the page's start (Chromium blurs it; jsdom
 * does not, so the test blurs it as the browser does): once the work is done the focus goes back to it.
 */
import { render } from 'preact';
import { useRef } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { useFocusAfterBusy } from '@/components/library/use-focus-after-busy';
import { componentTests } from '../../ui-helpers';

const { mount } = componentTests();

function Tools({ busy }: { busy: boolean }) {
  const root = useRef<HTMLDivElement>(null);
  useFocusAfterBusy(root, busy);
  return (
    <div ref={root}>
      <button type="button" disabled={busy}>Export all</button>
      <input type="search" aria-label="Search" />
    </div>
  );
}

describe('useFocusAfterBusy', () => {
  it('gives the focus back to the control that was turned off, once the work is done', () => {
    const host = mount(<Tools busy={false} />);
    const exportAll = host.querySelector('button')!;
    act(() => exportAll.focus());
    act(() => exportAll.blur()); // what the browser does to a focused control it turns off (jsdom blurs no disabled one)
    act(() => render(<Tools busy />, host));
    expect(document.activeElement).toBe(document.body);
    act(() => render(<Tools busy={false} />, host));
    expect(document.activeElement).toBe(exportAll);
  });

  it('leaves the focus where the reader moved it meanwhile', () => {
    const host = mount(<Tools busy={false} />);
    act(() => host.querySelector('button')!.focus());
    act(() => render(<Tools busy />, host));
    const search = host.querySelector('input')!;
    act(() => search.focus());
    act(() => render(<Tools busy={false} />, host));
    expect(document.activeElement).toBe(search);
  });
});
