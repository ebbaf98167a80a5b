import { ClippingCard } from '@/components/library/ClippingCard';
import { LibraryControls } from '@/components/library/LibraryControls';
import { LibraryHeader } from '@/components/library/LibraryHeader';
import { LibraryNotices } from '@/components/library/LibraryNotices';
import { Pager, showingText } from '@/components/library/Pager';
import { SelectionBar } from '@/components/library/SelectionBar';
import { PAGE_SIZE, useLibraryQuery } from '@/components/library/use-library-query';
import { useLibraryEdits } from '@/components/library/use-library-edits';
import { useNotices } from '@/components/library/use-notices';
import { useSelection } from '@/components/library/use-selection';
import { useTransfers } from '@/components/library/use-transfers';
import { ClippingsDb } from '@/utils/clippings/db';
import { t } from '@/utils/browser/i18n';

const db = new ClippingsDb();
// Open the database while the page renders its frame (the first query would otherwise open it later).
void db.open().catch(() => undefined);

/** The library page: wiring of its state (hooks) to its parts (components/library/). */
export function Library() {
  const { filters, setFilter, pageIndex, setPageIndex, page, facets, facetsLoaded, version, refresh } = useLibraryQuery(db);
  const { selected, select, selectAll, forget, clear } = useSelection();
  const notices = useNotices();
  const { notice, setNotice, progress } = notices;
  const { deleteIds, undo, edit } = useLibraryEdits(notices, refresh, forget);
  const { fileInput, exportOne, exportSelected, exportAll, importFile } = useTransfers(db, notices, refresh);

  const items = page?.items ?? [];
  const total = page?.total ?? facets.count;
  const filtered = Boolean(filters.search.trim() || filters.tag || filters.site || filters.kind);
  const countKnown = page !== null && (page.total !== null || facetsLoaded);

  return (
    <div class="cr-library">
      <LibraryHeader count={facets.count} version={version} busy={progress !== null} fileInput={fileInput} onExportAll={() => void exportAll()} onImport={(file) => void importFile(file)} />
      <LibraryControls filters={filters} facets={facets} onFilter={setFilter} />
      <LibraryNotices notice={notice} progress={progress} onUndo={(clippings) => void undo(clippings)} onDismiss={() => setNotice(null)} />
      <SelectionBar
        pageIds={items.map((c) => c.id)}
        selected={selected}
        showing={countKnown ? showingText(pageIndex, PAGE_SIZE, total) : ''}
        onSelectAll={selectAll}
        onExport={(format) => void exportSelected(selected, format)}
        onDelete={() => void deleteIds([...selected])}
        onClear={clear}
      />

      {page && items.length === 0 && <p class="cr-lib-empty">{t(filtered ? 'libraryNoMatches' : 'libraryEmpty')}</p>}
      <ul class="cr-lib-list" aria-label={t('libraryListLabel')}>
        {items.map((c) => (
          <ClippingCard
            key={c.id}
            clipping={c}
            query={page!.parsed}
            selected={selected.has(c.id)}
            onSelect={select}
            onTag={(value) => setFilter('tag', value)}
            onEdit={edit}
            onDelete={(ids) => void deleteIds(ids)}
            onExport={exportOne}
          />
        ))}
      </ul>

      <Pager index={pageIndex} size={PAGE_SIZE} total={total} onPage={setPageIndex} />
    </div>
  );
}
