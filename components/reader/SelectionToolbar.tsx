import { useEffect, useRef } from 'preact/hooks';
import type { HighlightColor } from '@/utils/clippings/types';
import { t, type MessageKey } from '@/utils/browser/i18n';
import { COLORS } from '@/utils/highlights/paint';

export const COLOR_NAME: Record<HighlightColor, MessageKey> = {
  yellow: 'highlightYellow',
  green: 'highlightGreen',
  blue: 'highlightBlue',
  pink: 'highlightPink',
};

interface Props {
  /** The selected text's box in viewport pixels (the toolbar sits above it, or below near the top). */
  rect: { top: number; bottom: number; left: number };
  /** The selection lies on an existing highlight: Remove is offered. */
  onHighlight: boolean;
  /** Move focus into the toolbar (it was opened from the keyboard). */
  focus: boolean;
  onColor: (color: HighlightColor) => void;
  onNote: () => void;
  onCopyLink: () => void;
  onRemove: () => void;
  onClose: () => void;
}

/** The toolbar shown on a selection in the article: four colours, note, link to the passage, remove. */
export function SelectionToolbar({ rect, onHighlight, focus, onColor, onNote, onCopyLink, onRemove, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.querySelector('button')?.focus();
  }, [focus]);
  const above = rect.top > 64;
  const style = { top: `${(above ? rect.top - 48 : rect.bottom + 8) + scrollY}px`, left: `${Math.max(8, rect.left + scrollX)}px` };
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
    <div ref={ref} class="cr-selection-toolbar" role="toolbar" aria-label={t('highlightToolbar')} style={style} onMouseDown={(e) => e.preventDefault()} onKeyDown={onKey}>
      {COLORS.map((color) => (
        <button key={color} class={`cr-swatch cr-swatch-${color}`} title={t(COLOR_NAME[color])} aria-label={t(COLOR_NAME[color])} onClick={() => onColor(color)} />
      ))}
      <button class="cr-button" onClick={onNote}>{t('highlightAddNote')}</button>
      <button class="cr-button" onClick={onCopyLink}>{t('highlightCopyLink')}</button>
      {onHighlight && <button class="cr-button" onClick={onRemove}>{t('highlightRemove')}</button>}
    </div>
  );
}
