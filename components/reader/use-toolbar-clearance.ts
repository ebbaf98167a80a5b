import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/** Read by reader.css: the scroll padding under the toolbar, and where the settings panel opens. */
const TOOLBAR_HEIGHT = '--reader-toolbar-height';

/**
 * Keeps what the browser scrolls to, the keyboard's focus first, clear of the sticky toolbar. The toolbar's height is
 * kept on the page's root, following it when it wraps onto more rows (a narrow window, longer labels), for the scroll
 * padding: Chromium then stops a focused link below the toolbar. Firefox counts an element under the toolbar as in view
 * whatever the padding says (Shift+Tab up the article left links under it): one the focus lands on there is scrolled
 * into view again, which honours the padding.
 */
export function useToolbarClearance(toolbar: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = toolbar.current;
    if (!element) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty(TOOLBAR_HEIGHT, `${element.offsetHeight}px`));
    observer.observe(element);
    const clear = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof Element) || element.contains(target)) return;
      if (target.getBoundingClientRect().top < element.getBoundingClientRect().bottom) target.scrollIntoView({ block: 'nearest' });
    };
    document.addEventListener('focusin', clear);
    return () => {
      observer.disconnect();
      document.removeEventListener('focusin', clear);
      root.style.removeProperty(TOOLBAR_HEIGHT);
    };
  }, []);
}
