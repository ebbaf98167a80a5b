import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Highlight } from '@/utils/clippings/types';
import type { Anchoring } from '@/utils/highlights/anchor';
import { rangeReadable } from '@/utils/highlights/readable-quote';
import { t } from '@/utils/browser/i18n';
import { COLOR_NAME } from './SelectionToolbar';
import { savesNote } from '../save-keys';

interface Props {
  anchoring: Anchoring;
  /** The highlight whose note is being edited (opened from the toolbar's "Note"). */
  editing: string | null;
  /** What was typed for the note before its editor opened (after n), taken once as the editor takes the focus. */
  takeTypedAhead?: () => string;
  onEdit: (id: string | null) => void;
  onShow: (id: string) => void;
  onNote: (id: string, note: string) => void;
  onDelete: (id: string) => void;
  deleted: Highlight | null;
  onUndo: () => void;
}

/** Every highlight in document order (colour, quote, note), then those that could not be placed. All text. */
export function HighlightsPanel({ anchoring, editing, takeTypedAhead = () => '', onEdit, onShow, onNote, onDelete, deleted, onUndo }: Props) {
  const { placed, unplaced } = anchoring;
  const list = useRef<HTMLElement>(null);
  const wasEditing = useRef(editing);
  const itemOf = (id: string) => Array.from(list.current?.querySelectorAll<HTMLElement>('[data-highlight-id]') ?? []).find((li) => li.dataset.highlightId === id);
  // a placed highlight's quote as read in the article, blocks apart (its stored quote glues them)
  const readable = useMemo(() => new Map(placed.map((p) => [p.highlight.id, rangeReadable(p.range) || p.highlight.quote.exact])), [placed]);
  useEffect(() => {
    const closed = wasEditing.current;
    wasEditing.current = editing;
    // A note editor that closed (saved, cancelled, Escape) took the focus with it: give it to its highlight's
    // "Add note"/"Edit note", unless the reader has already moved it elsewhere.
    if (!closed || closed === editing || (document.activeElement && document.activeElement !== document.body)) return;
    itemOf(closed)?.querySelector<HTMLButtonElement>('.cr-mark-actions button')?.focus();
  }, [editing]);
  // Delete and Undo take away the button that was pressed: once the list shows the change, the focus goes to what
  // replaced it (Undo, then the highlight brought back) instead of the page's start; focus the reader has moved
  // elsewhere meanwhile (a delete from the selection's toolbar) stays where it is.
  const undoButton = useRef<HTMLButtonElement>(null);
  const wasDeleted = useRef(deleted);
  const refocus = useRef<(() => void) | null>(null);
  useEffect(() => {
    const before = wasDeleted.current;
    wasDeleted.current = deleted;
    if (deleted) refocus.current = () => undoButton.current?.focus();
    else if (before) refocus.current = () => itemOf(before.id)?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [deleted]);
  useEffect(() => {
    const focus = refocus.current;
    refocus.current = null;
    if (focus && (!document.activeElement || document.activeElement === document.body)) focus();
  }, [anchoring]);
  const item = (h: Highlight, canShow: boolean) => (
    <HighlightItem
      key={h.id}
      highlight={h}
      quote={readable.get(h.id)}
      {...(canShow ? { onShow: () => onShow(h.id) } : {})}
      editor={editing === h.id && <NoteEditor note={h.note} takeTypedAhead={takeTypedAhead} onSave={(note) => onNote(h.id, note)} onCancel={() => onEdit(null)} />}
    >
      <div class="cr-mark-actions">
        {editing !== h.id && <button class="cr-link-button" onClick={() => onEdit(h.id)}>{t(h.note ? 'highlightEditNote' : 'highlightAddNote')}</button>}
        <button class="cr-link-button" onClick={() => onDelete(h.id)}>{t('highlightDelete')}</button>
      </div>
    </HighlightItem>
  );
  return (
    <section class="cr-marks" aria-label={t('highlightsTitle')} ref={list}>
      <h2 class="cr-marks-title">{t('highlightsTitle')}</h2>
      {/* the live region is there before a delete, so "Highlight deleted." is announced (one made with its words was not) */}
      <div role="status">
        {deleted && (
          <p class="cr-marks-undo">
            {t('highlightDeleted')} <button ref={undoButton} class="cr-link-button" onClick={onUndo}>{t('highlightUndo')}</button>
          </p>
        )}
      </div>
      {placed.length === 0 && unplaced.length === 0 && <p class="cr-marks-empty">{t('highlightsEmpty')}</p>}
      {placed.length > 0 && <ol class="cr-marks-list">{placed.map((p) => item(p.highlight, true))}</ol>}
      {unplaced.length > 0 && (
        <>
          <h3 class="cr-marks-title">{t('highlightsUnplaced')}</h3>
          <ul class="cr-marks-list">{unplaced.map((h) => item(h, false))}</ul>
        </>
      )}
    </section>
  );
}

interface ItemProps {
  highlight: Highlight;
  /** The quote as read, blocks apart (placed highlights); else the stored quote. */
  quote?: string | undefined;
  /** Makes the quote a button that shows the highlight in the article (one that is placed). */
  onShow?: () => void;
  /** In the note's place while it is edited. */
  editor?: ComponentChildren;
  /** After the note: the panel's actions. */
  children?: ComponentChildren;
}

/**
 * One highlight of a list, read-only part and all: its colour's name for screen readers, its quote and its note, the
 * article's words and the reader's note each in its own direction (an Urdu quote was read left to right, aligned left).
 * The panel's items and a link-only clipping's list (LinkOnlyMessage) are both this.
 */
export function HighlightItem({ highlight: h, quote = h.quote.exact, onShow, editor, children }: ItemProps) {
  return (
    <li class={`cr-mark-item cr-mark-item-${h.color}`} data-highlight-id={h.id}>
      <span class="cr-visually-hidden">{t(COLOR_NAME[h.color])}</span>
      {onShow ? (
        <button class="cr-mark-quote" dir="auto" onClick={onShow} title={t('highlightShow')}>{quote}</button>
      ) : (
        <blockquote class="cr-mark-quote" dir="auto">{quote}</blockquote>
      )}
      {editor || (h.note && <p class="cr-mark-note" dir="auto">{h.note}</p>)}
      {children}
    </li>
  );
}

function NoteEditor({ note, takeTypedAhead, onSave, onCancel }: { note: string; takeTypedAhead: () => string; onSave: (note: string) => void; onCancel: () => void }) {
  const [value, setValue] = useState(note);
  const area = useRef<HTMLTextAreaElement>(null);
  // Focused, with what was typed ahead after the note and the caret after it, as the field mounts (a layout effect: a
  // deferred one ran after a fast typist's first input and reset the field to the stored note): from here on the keys
  // reach the field itself.
  useLayoutEffect(() => {
    const field = area.current;
    if (!field) return;
    const ahead = takeTypedAhead();
    if (ahead) setValue((field.value += ahead));
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
  }, []);
  // Escape closes the editor without losing what was typed: a changed note is saved (Cancel discards it).
  // Ctrl/⌘+Enter saves, as the Save note button does.
  const onKeyDown = (e: KeyboardEvent) => {
    if (savesNote(e)) return (e.preventDefault(), onSave(value));
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    if (value !== note) onSave(value);
    else onCancel();
  };
  return (
    <form class="cr-mark-note-form" onSubmit={(e) => (e.preventDefault(), onSave(value))}>
      <label>
        <span class="cr-visually-hidden">{t('highlightNoteLabel')}</span>
        <textarea ref={area} rows={3} dir="auto" value={value} onInput={(e) => setValue(e.currentTarget.value)} onKeyDown={onKeyDown} />
      </label>
      <button class="cr-button cr-button-primary" type="submit">{t('highlightSaveNote')}</button>
      <button class="cr-button" type="button" onClick={onCancel}>{t('highlightCancel')}</button>
    </form>
  );
}
