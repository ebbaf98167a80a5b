import type { ComponentChildren } from 'preact';
import { t } from '@/utils/browser/i18n';

export type SelectionExport = 'html' | 'json';

interface Props {
  /** Ids of the clippings on this page. */
  pageIds: number[];
  selected: ReadonlySet<number>;
  /** "Showing 1–25 of 120", or empty while the count is not known; not shown while the page has no clippings. */
  showing: string;
  /** How many clippings the search and filters select (null while not counted), and whether any filter is on. */
  matching: number | null;
  filtered: boolean;
  /** Every match of this query is selected (by `onSelectMatching`). */
  everyMatch: boolean;
  onSelectAll: (ids: number[], on: boolean) => void;
  onSelectMatching: () => void;
  onExport: (format: SelectionExport) => void;
  onDelete: () => void;
  onClear: () => void;
  /** More actions on the selection (reading state, highlights, the Markdown folder export). */
  children?: ComponentChildren;
}

/**
 * Above the list: tick the whole page, the count, and what can be done with the selection. With the whole page ticked and
 * more matches than it shows, an offer to select them all (as mail readers do), then that they are.
 */
export function SelectionBar({ pageIds, selected, showing, matching, filtered, everyMatch, onSelectAll, onSelectMatching, onExport, onDelete, onClear, children }: Props) {
  // An empty library, a search that found nothing, a page still loading: nothing to tick and no range to give.
  const nothing = pageIds.length === 0;
  const allOnPage = !nothing && pageIds.every((id) => selected.has(id));
  const small = 'cr-button cr-button-small';
  return (
    <div class="cr-lib-bar">
      <label class={nothing ? 'cr-check-all cr-lib-nothing' : 'cr-check-all'}>
        <input
          type="checkbox"
          checked={allOnPage}
          disabled={nothing}
          onChange={(e) => onSelectAll(pageIds, (e.currentTarget as HTMLInputElement).checked)}
        />
        {t('librarySelectPage')}
      </label>
      {!nothing && <span class="cr-lib-count">{showing}</span>}
      {allOnPage && matching !== null && matching > pageIds.length && (everyMatch
        ? <span class="cr-lib-every">{t('libraryEveryMatchSelected', matching.toLocaleString())}</span>
        : <button type="button" class={`${small} cr-lib-every`} onClick={onSelectMatching}>{t(filtered ? 'librarySelectMatching' : 'librarySelectEvery', matching.toLocaleString())}</button>)}
      {selected.size > 0 && (
        <div class="cr-lib-selection" role="group" aria-label={t('librarySelected', selected.size.toLocaleString())}>
          <span>{t('librarySelected', selected.size.toLocaleString())}</span>
          {children}
          <button type="button" class={small} onClick={() => onExport('html')}>{t('libraryExportSelectedHtml')}</button>
          <button type="button" class={small} onClick={() => onExport('json')}>{t('libraryExportSelectedJson')}</button>
          <button type="button" class={`${small} cr-button-danger`} onClick={onDelete}>{t('libraryDeleteSelected')}</button>
          <button type="button" class={small} onClick={onClear}>{t('libraryClearSelection')}</button>
        </div>
      )}
    </div>
  );
}
