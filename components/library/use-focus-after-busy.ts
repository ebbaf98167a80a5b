import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * The library's tools are off while an import or an export runs, and a browser drops the focus of a control it turns
 * off to the page's start (Export all, the Markdown folder, Import… after its dialog: a keyboard reader was sent back to
 * the top). Once the work is done the focus goes back to the control last focused in `root`, unless the reader has
 * moved it meanwhile.
 */
export function useFocusAfterBusy(root: RefObject<HTMLElement | null>, busy: boolean): void {
  const last = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const onFocus = (event: FocusEvent) => void (last.current = event.target as HTMLElement);
    el.addEventListener('focusin', onFocus);
    return () => el.removeEventListener('focusin', onFocus);
  }, []);
  useEffect(() => {
    const target = last.current;
    const lost = !document.activeElement || document.activeElement === document.body;
    if (!busy && lost && target?.isConnected) target.focus();
  }, [busy]);
}
