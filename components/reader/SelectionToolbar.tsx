import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { HighlightColor } from '@/utils/clippings/types';
import { t, type MessageKey } from '@/utils/browser/i18n';
import { COLORS } from '@/utils/highlights/paint';
import { toolbarPlace, type Box } from '@/utils/highlights/toolbar-place';
import { viewTop } from './view-top';

export const COLOR_NAME: Record<HighlightColor, MessageKey> = {
  yellow: 'highlightYellow',
  green: 'highlightGreen',
  blue: 'highlightBlue',
  pink: 'highlightPink',
};

interface Props {
  /** The selection's first and last line boxes, in viewport pixels (see toolbarPlace). */
  first: Box;
  last: Box;
  /** The article's text column, which the toolbar keeps to when it fits. */
  column: Box;
  rtl: boolean;
  /** The selection lies on an existing highlight: Remove is offered. */
  onHighlight: boolean;
  /** What its last action said (Copy link), shown and announced at its end. */
  status?: string;
  /** Move focus into the toolbar (it was opened from the keyboard). */
  focus: boolean;
  onColor: (color: HighlightColor) => void;
  onNote: () => void;
  onCopyLink: () => void;
  onRemove: () => void;
  onClose: () => void;
}

/** The toolbar shown on a selection in the article: four colours, note, link to the passage, remove. */
export function SelectionToolbar({ first, last, column, rtl, onHighlight, status = '', focus, onColor, onNote, onCopyLink, onRemove, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.querySelector('button')?.focus();
  }, [focus]);
  // placed by its own measured size, before it is painted; in the page, so it scrolls with the text
  useLayoutEffect(() => {
    const bar = ref.current;
    if (!bar) return;
    const place = toolbarPlace(first, last, { width: bar.offsetWidth, height: bar.offsetHeight }, { top: viewTop(), width: document.documentElement.clientWidth }, column, rtl);
    bar.style.top = `${place.top + scrollY}px`;
    bar.style.left = `${place.left + scrollX}px`;
  });
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
    // arrow keys move between the buttons (one tab stop for the whole toolbar would need roving focus; all stay tabbable)
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      const buttons = Array.from(ref.current?.querySelectorAll('button') ?? []);
      const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
      buttons[(at + (event.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length]?.focus();
    }
  };
  return (
    // mousedown would clear the selection the buttons act on
    <div ref={ref} class="cr-selection-toolbar" role="toolbar" aria-label={t('highlightToolbar')} onMouseDown={(e) => e.preventDefault()} onKeyDown={onKey}>
      {COLORS.map((color) => (
        <button key={color} class={`cr-swatch cr-swatch-${color}`} title={t(COLOR_NAME[color])} aria-label={t(COLOR_NAME[color])} onClick={() => onColor(color)} />
      ))}
      <button class="cr-button" onClick={onNote}>{t('highlightAddNote')}</button>
      <button class="cr-button" onClick={onCopyLink}>{t('highlightCopyLink')}</button>
      {onHighlight && <button class="cr-button" onClick={onRemove}>{t('highlightRemove')}</button>}
      <span class="cr-selection-status" role="status">{status}</span>
    </div>
  );
}
