import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/** Read by reader.css: the scroll padding under the toolbar, and where the settings panel opens. */
const TOOLBAR_HEIGHT = '--reader-toolbar-height';

/**
 * Keeps the sticky toolbar's height on the page's root, following it when it wraps onto more rows (a narrow window, a
 * larger text size, longer labels): what the browser scrolls into view, the keyboard's focus first, then stops below
 * the toolbar instead of under it.
 */
export function useToolbarHeight(toolbar: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = toolbar.current;
    if (!element) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty(TOOLBAR_HEIGHT, `${element.offsetHeight}px`));
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty(TOOLBAR_HEIGHT);
    };
  }, []);
}
