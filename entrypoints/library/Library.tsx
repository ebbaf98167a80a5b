import { ClippingCard } from '@/components/library/ClippingCard';
import { ContinueReading } from '@/components/library/ContinueReading';
import { ExportFolder } from '@/components/library/ExportFolder';
import { ImportDialog } from '@/components/library/ImportDialog';
import { LibraryControls } from '@/components/library/LibraryControls';
import { LibraryWelcome } from '@/components/library/LibraryWelcome';
import { LibraryHeader } from '@/components/library/LibraryHeader';
import { LibraryLost } from '@/components/library/LibraryLost';
import { LibraryNotices } from '@/components/library/LibraryNotices';
import { Pager, showingText } from '@/components/library/Pager';
import { SelectionBar } from '@/components/library/SelectionBar';
import { StateActions } from '@/components/library/StateActions';
import { TagActions } from '@/components/library/TagActions';
import { SyncPanel } from '@/components/library/SyncPanel';
import { isFiltered, PAGE_SIZE, queryOf, useLibraryQuery, type LibraryFilters } from '@/components/library/use-library-query';
import { useImport } from '@/components/library/use-import';
import { useFocusAfterBusy } from '@/components/library/use-focus-after-busy';
import { useLibraryEdits } from '@/components/library/use-library-edits';
import { useMarks } from '@/components/library/use-marks';
import { useNotices } from '@/components/library/use-notices';
import { useTagEdits } from '@/components/library/use-tag-edits';
import { useSelection } from '@/components/library/use-selection';
import { useTransfers } from '@/components/library/use-transfers';
import { useWordPairsFill } from '@/components/library/use-word-pairs-fill';
import { clippingsDb } from '@/utils/browser/library-mark';
import { clippingBatches, selectedBatches } from '@/utils/clippings/batches';
import { searchesForNothing } from '@/utils/clippings/search-index';
import { allMatchingIds } from '@/utils/clippings/query';
import { t } from '@/utils/browser/i18n';
import { useRef } from 'preact/hooks';
import { LIBRARY_PHASES } from '@/utils/perf-marks';

const db = clippingsDb();
// Open the database while the page renders its frame (the first query would otherwise open it later).
void db.open().then(() => performance.mark(LIBRARY_PHASES.opened), () => undefined);

/** The library page: wiring of its state (hooks) to its parts (components/library/). */
export function Library() {
  const { filters, setFilter, pageIndex, setPageIndex, page, inProgress, facets, facetsLoaded, libraryCount, empty, knownEmpty, version, refresh, ready, listRef, screenCards } = useLibraryQuery(db);
  const { selected, everyMatchOf, select, selectAll, selectEveryMatch, forget, clear } = useSelection<LibraryFilters>();
  const notices = useNotices();
  const { notice, setNotice, progress } = notices;
  const { deleteIds, edit } = useLibraryEdits(notices, refresh, forget);
  const { exportOne, exportSelected, exportAll } = useTransfers(db, notices);
  const { stateChanged, setStates, exportHighlights } = useMarks(db, notices, refresh);
  const { changeTag } = useTagEdits(notices, refresh);
  const imports = useImport(notices, refresh);
  const busy = progress !== null;
  const root = useRef<HTMLDivElement>(null);
  useFocusAfterBusy(root, busy);
  const filling = useWordPairsFill(db, facetsLoaded);

  const items = page?.items ?? [];
  // A phrase search still being counted (LibraryPage.count): its total is not known yet, nor is a next page.
  const counting = page?.count !== undefined;
  const total = counting ? pageIndex * PAGE_SIZE + items.length : (page?.total ?? facets.count);
  const filtered = isFiltered(filters);
  // nothing to search, filter or select yet: the first-run page says what a clipping is and how to save one
  const welcome = knownEmpty && !filtered;
  const countKnown = page !== null && !counting && (page.total !== null || facetsLoaded);
  const selectMatching = async () => selectEveryMatch(await allMatchingIds(db, queryOf(filters)), filters);

  return (
    <div class="cr-library" ref={root}>
      <LibraryHeader count={libraryCount} empty={empty} version={version} busy={busy} fileInput={imports.fileInput} onExportAll={() => void exportAll()} onExportHighlights={() => void exportHighlights()} onImport={imports.choose} sync={<SyncPanel db={db} libraryPainted={ready} />}>
        <ExportFolder label="exportFolderAll" disabled={busy || empty} {...imports.folderExport(libraryCount ?? 0, () => clippingBatches(db))} />
      </LibraryHeader>
      {/* Right under the header, whose Import… and Sync bring the clippings back, before the search. */}
      <LibraryLost />
      {imports.chosen && <ImportDialog db={db} file={imports.chosen} onConfirm={(prepared) => void imports.confirm(prepared)} onClose={imports.close} />}
      {filling !== null && <p class="cr-lib-fill" role="status">{t(filling.message, [Math.min(filling.seen, facets.count).toLocaleString(), facets.count.toLocaleString()])}</p>}
      {welcome ? <LibraryWelcome /> : <LibraryControls filters={filters} facets={facets} onFilter={setFilter} />}
      <LibraryNotices notice={notice} progress={progress} onDismiss={() => setNotice(null)} />
      <ContinueReading items={inProgress} />
      {!welcome && (
        <SelectionBar
          pageIds={items.map((c) => c.id)}
          selected={selected}
          showing={countKnown ? showingText(pageIndex, PAGE_SIZE, total) : ''}
          matching={countKnown ? total : null}
          filtered={filtered}
          everyMatch={everyMatchOf === filters}
          onSelectAll={selectAll}
          onSelectMatching={() => void selectMatching()}
          onExport={(format) => void exportSelected(selected, format)}
          onDelete={() => void deleteIds([...selected])}
          onClear={clear}
        >
          <StateActions ids={[...selected]} onDone={stateChanged} send={setStates} />
          <TagActions count={selected.size} tags={facets.tags} onChange={(action, tag) => void changeTag(action, [...selected], tag)} />
          <button type="button" class="cr-button cr-button-small" onClick={() => void exportHighlights(selected)}>{t('libraryExportSelectedCsv')}</button>
          <ExportFolder label="exportFolderSelected" small disabled={busy || selected.size === 0} {...imports.folderExport(selected.size, () => selectedBatches(db, selected))} />
        </SelectionBar>
      )}

      {searchesForNothing(filters.search) && <p class="cr-lib-hint" role="status">{t('librarySearchesNothing', filters.search.trim())}</p>}
      {page && items.length === 0 && !welcome && <p class="cr-lib-empty">{t(filtered ? 'libraryNoMatches' : 'libraryEmpty')}</p>}
      <ul class="cr-lib-list" ref={listRef} aria-label={t('libraryListLabel')}>
        {items.map((c, i) => (
          <ClippingCard
            key={c.id}
            clipping={c}
            inFirstScreen={i < screenCards}
            query={page!.parsed}
            selected={selected.has(c.id)}
            onSelect={select}
            onTag={(value) => setFilter('tag', value)}
            onEdit={edit}
            onDelete={(ids) => void deleteIds(ids)}
            onExport={exportOne}
            onState={stateChanged}
          />
        ))}
      </ul>

      <Pager index={pageIndex} size={PAGE_SIZE} total={total} onPage={setPageIndex} />
    </div>
  );
}
