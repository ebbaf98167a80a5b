import { useEffect, useRef, useState } from 'preact/hooks';
import type { Clipping } from '@/utils/clippings/types';
import { t } from '@/utils/browser/i18n';
import { tagTooLong } from '@/utils/clippings/store';
import { savesNote } from '../save-keys';

/** What the form changed: only those fields are written. */
export type ClippingEdit = { tags?: string[]; note?: string };

/**
 * The tags and note of one clipping, edited in place (Escape closes it, saving what was changed; Cancel
 * discards). Only the fields the reader changed are sent: the clipping may have changed meanwhile (a tag
 * a sync brought from another device, a note written in another tab), and writing back the form's copy
 * of the field left alone overwrote that.
 */
export function ClippingEditForm({ clipping, onSave, onCancel }: { clipping: Clipping; onSave: (edit: ClippingEdit) => void; onCancel: () => void }) {
  const initialTags = clipping.tags.join(', ');
  const [tags, setTags] = useState(initialTags);
  const [note, setNote] = useState(clipping.note);
  const tagsId = `clip-${clipping.id}-tags`;
  const noteId = `clip-${clipping.id}-note`;
  const changed = tags !== initialTags || note !== clipping.note;
  const typedTags = tags.split(',').map((s) => s.trim()).filter(Boolean);
  // a tag the store would cut is said and kept in the field, never saved as another tag than typed
  const tooLong = tags !== initialTags ? typedTags.find(tagTooLong) : undefined;
  const errorId = `clip-${clipping.id}-tags-error`;
  const first = useRef<HTMLInputElement>(null);
  const save = () => {
    if (tooLong) return first.current?.focus();
    if (changed) onSave({ ...(tags !== initialTags ? { tags: typedTags } : {}), ...(note !== clipping.note ? { note } : {}) });
    else onCancel();
  };
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // `autoFocus` acts only when a page loads: a form opened from "Edit" takes the focus itself.
    first.current?.focus();
    const around = form.current?.parentElement;
    // Closed (saved, cancelled, Escape), it takes the focus with it: hand it to the actions that replace it.
    return () =>
      void setTimeout(() => {
        if (document.activeElement && document.activeElement !== document.body) return;
        around?.querySelector<HTMLElement>('.cr-card-actions button')?.focus();
      });
  }, []);
  return (
    <form
      ref={form}
      class="cr-edit"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => {
        // Ctrl/⌘+Enter saves from either field, as Save does (Enter alone does in the tags' field, not in the note)
        if (savesNote(e)) return (e.preventDefault(), save());
        if (e.key !== 'Escape') return;
        // typed words are never thrown away by Escape: a changed form is saved, an unchanged one closed
        save();
      }}
    >
      <label for={tagsId}>{t('libraryTagsInput')}</label>
      <input ref={first} id={tagsId} type="text" value={tags} aria-invalid={tooLong ? true : undefined} aria-describedby={tooLong ? errorId : undefined} onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)} />
      {tooLong && <TagTooLong id={errorId} tag={tooLong} />}
      <label for={noteId}>{t('libraryNoteLabel')}</label>
      <textarea id={noteId} rows={3} value={note} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} />
      <div class="cr-card-actions">
        <button type="submit" class="cr-button cr-button-primary cr-button-small">{t('librarySaveEdit')}</button>
        <button type="button" class="cr-button cr-button-small" onClick={onCancel}>{t('libraryCancel')}</button>
      </div>
    </form>
  );
}

/** Said under a tags field while a typed tag is longer than the store keeps (the form will not save it so). */
export function TagTooLong({ id, tag }: { id: string; tag: string }) {
  return (
    <p id={id} class="cr-field-error" role="alert">
      {t('libraryTagTooLong', tag)}
    </p>
  );
}
