import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { TOOLBAR_SCROLLS } from './view-top';

/** Read by reader.css: the scroll padding under the toolbar, and where the settings panel opens. */
const TOOLBAR_HEIGHT = '--reader-toolbar-height';
/** The most of the window's height the toolbar may hold on to while the article scrolls under it. */
const MOST_STUCK = 0.25;

/**
 * Keeps what the browser scrolls to, the keyboard's focus first, clear of the sticky toolbar. The toolbar's height is
 * kept on the page's root, following it when it wraps onto more rows (a narrow window, longer labels), for the scroll
 * padding: Chromium then stops a focused link below the toolbar. Firefox counts an element under the toolbar as in view
 * whatever the padding says (Shift+Tab up the article left links under it): one the focus lands on there is scrolled
 * into view again, which honours the padding. On a short window, where the toolbar would hold more than a quarter of
 * the height, it scrolls away with the article instead, and the padding is only the margin.
 */
export function useToolbarClearance(toolbar: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = toolbar.current;
    if (!element) return;
    const root = document.documentElement;
    const measure = () => {
      const sticks = element.offsetHeight <= innerHeight * MOST_STUCK;
      root.toggleAttribute(TOOLBAR_SCROLLS, !sticks);
      root.style.setProperty(TOOLBAR_HEIGHT, sticks ? `${element.offsetHeight}px` : '0px');
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    addEventListener('resize', measure);
    const clear = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof Element) || element.contains(target)) return;
      if (target.getBoundingClientRect().top < element.getBoundingClientRect().bottom) target.scrollIntoView({ block: 'nearest' });
    };
    document.addEventListener('focusin', clear);
    return () => {
      observer.disconnect();
      removeEventListener('resize', measure);
      document.removeEventListener('focusin', clear);
      root.style.removeProperty(TOOLBAR_HEIGHT);
      root.removeAttribute(TOOLBAR_SCROLLS);
    };
  }, []);
}
