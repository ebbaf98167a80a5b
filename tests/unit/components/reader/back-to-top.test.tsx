/** "Back to top" after a restored reading position: only while the page is away from its top. */
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { BackToTop } from '@/components/reader/BackToTop';
import { componentTests } from '../../ui-helpers';

const { mount } = componentTests();
const scrollTo = (y: number) => Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
afterEach(() => scrollTo(0));

describe('BackToTop', () => {
  it('is not offered when the restore left the page at its top (an article that fits the window)', () => {
    scrollTo(0);
    expect(mount(<BackToTop />).querySelector('button')).toBeNull();
  });

  it('is offered after a restore that scrolled, and goes once the reader is back at the top', () => {
    scrollTo(900);
    const host = mount(<BackToTop />);
    expect(host.querySelector('button')?.textContent).toBe('Back to top');
    scrollTo(0);
    act(() => void window.dispatchEvent(new Event('scroll')));
    expect(host.querySelector('button')).toBeNull();
  });
});
