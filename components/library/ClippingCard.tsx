import { useState } from 'preact/hooks';
import { Highlighted } from './Highlighted';
import { isEmptyQuery, snippet, type ParsedQuery } from '@/utils/clippings/search-index';
import type { Clipping, ClippingState } from '@/utils/clippings/types';
import { formatDate, hostOf } from '@/utils/format';
import { readerPath } from '@/utils/reader-source';
import { t } from '@/utils/browser/i18n';
import type { Reply } from '@/utils/browser/messages';
import { ClippingEditForm, type ClippingEdit } from './ClippingEditForm';
import { ReadingState } from './ReadingState';
import { StateActions } from './StateActions';

interface Props {
  clipping: Clipping;
  /**
   * One of the cards the window holds from the list's top: laid out with the page. Any other card is first laid out at
   * content-visibility's 180 px place-holder until the next frame finds it near the window, so on-screen cards came
   * 209 px apart, then 150 (any layout read between saw it), and Firefox, judging the third card by where the
   * place-holders put it (below the window), painted it empty for a frame.
   */
  inFirstScreen: boolean;
  query: ParsedQuery;
  selected: boolean;
  onSelect: (id: number, selected: boolean) => void;
  onTag: (tag: string) => void;
  onEdit: (id: number, edit: ClippingEdit) => Promise<boolean>;
  onDelete: (ids: number[]) => void;
  onExport: (clipping: Clipping, format: 'markdown' | 'html') => void;
  onState: (state: ClippingState, reply: Reply<{ updated: number }>) => void;
}

/** One clipping in the library: title (to the reader), site, dates, excerpt or matching passage, tags, note; a link-only item says so. */
export function ClippingCard({ clipping: c, inFirstScreen, query, selected, onSelect, onTag, onEdit, onDelete, onExport, onState }: Props) {
  const [editing, setEditing] = useState(false);
  const titleId = `clip-${c.id}-title`;
  const excerpt = !isEmptyQuery(query) ? snippet(c.text, query) : c.excerpt || snippet(c.text, query);
  const saved = formatDate(new Date(c.savedAt).toISOString());
  // The page's language and direction belong to the page's words only: on the whole card they turned our own labels
  // and buttons right to left (in reverse order) and had screen readers read them in the page's language.
  const pageWords = { lang: c.lang ?? undefined, dir: c.dir ?? ('auto' as const) };
  // The lines about the clipping (its site and dates, when it was saved, its state and tags) run in its direction, as the
  // reader's header does: a right-to-left story's card had its title and excerpt at the right and these at the left. Our
  // own words keep the interface's language; a clipping of no known direction keeps the page's.
  const metaDir = c.dir ?? undefined;
  const published = formatDate(c.publishedTime);
  return (
    <li class={`cr-card${inFirstScreen ? ' cr-card-first-screen' : ''}${selected ? ' cr-card-selected' : ''}`} aria-labelledby={titleId}>
      <input
        type="checkbox"
        class="cr-card-check"
        checked={selected}
        aria-label={t('librarySelect', c.title)}
        onChange={(e) => onSelect(c.id, (e.currentTarget as HTMLInputElement).checked)}
      />
      <div class="cr-card-main">
        <p class="cr-card-site" dir={metaDir}>
          <span {...pageWords}>{c.siteName ?? hostOf(c.url)}</span>
          {c.kind === 'selection' && <span class="cr-card-kind"> · {t('libraryKindSelection')}</span>}
          {c.linkOnly && <span class="cr-card-kind"> · {t('libraryKindLinkOnly')}</span>}
          {published && <> · <time dateTime={c.publishedTime ?? undefined}>{published}</time></>}
        </p>
        <h2 class="cr-card-title" id={titleId} {...pageWords}>
          <a href={readerPath({ kind: 'clip', id: c.id })} target="_blank" rel="noopener">
            <Highlighted text={c.title} query={query} />
          </a>
        </h2>
        <p class="cr-card-excerpt" {...pageWords}>
          {c.kind === 'selection' ? <q><Highlighted text={excerpt} query={query} /></q> : <Highlighted text={excerpt} query={query} />}
        </p>
        {c.note && !editing && (
          <p class="cr-card-note" dir="auto">
            <span class="cr-card-note-label">{t('libraryNoteLabel')}: </span>
            <Highlighted text={c.note} query={query} />
          </p>
        )}
        <div class="cr-card-foot" dir={metaDir}>
          <span class="cr-card-saved">{t('librarySavedOn', saved ?? '')}</span>
          <ReadingState clipping={c} />
          {c.tags.length > 0 && (
            <ul class="cr-tags" aria-label={t('libraryTagsLabel')}>
              {c.tags.map((tag) => (
                <li key={tag}>
                  <button type="button" class="cr-tag" title={t('libraryFilterByTag', tag)} onClick={() => onTag(tag)}>
                    {tag}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        {editing ? (
          <ClippingEditForm clipping={c} onCancel={() => setEditing(false)} onSave={async (edit) => (await onEdit(c.id, edit)) && setEditing(false)} />
        ) : (
          <div class="cr-card-actions">
            <button type="button" class="cr-button cr-button-small" onClick={() => setEditing(true)} aria-label={t('libraryEditFor', c.title)}>
              {t('libraryEdit')}
            </button>
            {/* a link-only item has no text yet: its export would be an empty article */}
            {!c.linkOnly && (
              <>
                <button type="button" class="cr-button cr-button-small" onClick={() => onExport(c, 'markdown')} aria-label={t('libraryExportAs', [c.title, 'Markdown'])}>
                  Markdown
                </button>
                <button type="button" class="cr-button cr-button-small" onClick={() => onExport(c, 'html')} aria-label={t('libraryExportAs', [c.title, 'HTML'])}>
                  HTML
                </button>
              </>
            )}
            <StateActions ids={[c.id]} title={c.title} current={c.state} onDone={onState} />
            <button type="button" class="cr-button cr-button-small cr-button-danger" onClick={() => onDelete([c.id])} aria-label={t('libraryDeleteFor', c.title)}>
              {t('libraryDelete')}
            </button>
          </div>
        )}
      </div>
    </li>
  );
}
