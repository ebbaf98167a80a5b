import { useEffect, useRef, useState } from 'preact/hooks';
import type { TagAction } from '@/utils/clippings/bulk-tags';
import { normaliseTag, tagTooLong } from '@/utils/clippings/store';
import { TagTooLong } from './ClippingEditForm';
import { t } from '@/utils/browser/i18n';

interface Props {
  /** How many clippings are selected (named in the field's label). */
  count: number;
  /** The library's tags, offered as the field is typed in. */
  tags: readonly string[];
  onChange: (action: TagAction, tag: string) => void;
}

const LABEL = { add: 'libraryTagToAdd', remove: 'libraryTagToRemove' } as const;
const CONFIRM = { add: 'libraryTagAddConfirm', remove: 'libraryTagRemoveConfirm' } as const;

/** "Add tag…" and "Remove tag…" for the selection: each opens a field for the tag (Escape or Cancel closes it). */
export function TagActions({ count, tags, onChange }: Props) {
  const [open, setOpen] = useState<TagAction | null>(null);
  const [tag, setTag] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => field.current?.focus(), [open]);
  const close = () => {
    setOpen(null);
    setTag('');
    // the focus goes back to the button that opened the form, not to the page's start
    setTimeout(() => opener.current?.focus());
  };
  if (!open) {
    const start = (action: TagAction) => (e: MouseEvent) => {
      opener.current = e.currentTarget as HTMLButtonElement;
      setOpen(action);
    };
    return (
      <>
        <button type="button" class="cr-button cr-button-small" onClick={start('add')}>{t('libraryAddTag')}</button>
        <button type="button" class="cr-button cr-button-small" onClick={start('remove')}>{t('libraryRemoveTag')}</button>
      </>
    );
  }
  const tooLong = tagTooLong(tag);
  return (
    <form
      class="cr-lib-tag"
      onSubmit={(e) => {
        e.preventDefault();
        if (!normaliseTag(tag) || tooLong) return field.current?.focus();
        onChange(open, tag);
        setOpen(null);
        setTag('');
      }}
      onKeyDown={(e) => e.key === 'Escape' && close()}
    >
      <label for="cr-lib-tag-input">{t(LABEL[open], count.toLocaleString())}</label>
      <input ref={field} id="cr-lib-tag-input" type="text" list="cr-lib-tag-list" autocomplete="off" required value={tag} aria-invalid={tooLong || undefined} aria-describedby={tooLong ? 'cr-lib-tag-error' : undefined} onInput={(e) => setTag((e.currentTarget as HTMLInputElement).value)} />
      <datalist id="cr-lib-tag-list">{tags.map((name) => <option key={name} value={name} />)}</datalist>
      <button type="submit" class="cr-button cr-button-primary cr-button-small">{t(CONFIRM[open])}</button>
      <button type="button" class="cr-button cr-button-small" onClick={close}>{t('libraryCancel')}</button>
      {tooLong && <TagTooLong id="cr-lib-tag-error" tag={tag.trim()} />}
    </form>
  );
}
