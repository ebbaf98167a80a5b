import { useLayoutEffect, useRef } from 'preact/hooks';

/** The key was typed into a field (a slider of the settings, a note): not one of the page's own keys. */
export const typedInField = (event: KeyboardEvent): boolean => /^(INPUT|SELECT|TEXTAREA)$/.test((event.target as HTMLElement).tagName);

/**
 * Listens to the document's keydown with the handler of the last render. Binding the handler in a plain
 * effect left the previous render's one in place until the next frame: a key pressed as soon as the
 * selection toolbar showed met the handler that saw no selection, and was lost.
 */
export function useDocumentKeys(onKey: (event: KeyboardEvent) => void): void {
  const latest = useRef(onKey);
  useLayoutEffect(() => void (latest.current = onKey));
  useLayoutEffect(() => {
    const listener = (event: KeyboardEvent) => latest.current(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
