import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ClippingCard } from '@/components/ClippingCard';
import { BACKUP_END, BACKUP_SEPARATOR, backupStart, backupText, clippingJson } from '@/utils/clippings/backup';
import { ClippingsDb } from '@/utils/clippings/db';
import { clippingsHtml } from '@/utils/clippings/export-html';
import { clippingMarkdown, fileNameFor } from '@/utils/clippings/export-markdown';
import type { LibraryProgress } from '@/utils/clippings/handlers';
import { clippingBatches, forgetOrders, libraryFacets, orderedIds, queryLibrary, type LibraryPage, type SortField } from '@/utils/clippings/query';
import { stageFile } from '@/utils/clippings/staging';
import type { Clipping, ClippingKind } from '@/utils/clippings/types';
import { t, type MessageKey } from '@/utils/i18n';
import { sendMessage, type ErrorCode, type Reply } from '@/utils/messages';
import { LIBRARY_PAINTED, LIBRARY_QUERY } from '@/utils/perf-marks';
import { sanitizeHtml } from '@/utils/sanitize';
import { download } from './download';
import { StorageInfo } from './StorageInfo';
import { SyncPanel } from '@/components/library/SyncPanel';

const PAGE_SIZE = 25;
const db = new ClippingsDb();
// Open the database while the page renders its frame (the first query would otherwise open it later).
void db.open().catch(() => undefined);

const SORTS: Record<string, { label: MessageKey; sort: SortField; desc: boolean }> = {
  'saved-desc': { label: 'librarySortSavedNewest', sort: 'savedAt', desc: true },
  'saved-asc': { label: 'librarySortSavedOldest', sort: 'savedAt', desc: false },
  'published-desc': { label: 'librarySortPublished', sort: 'publishedTime', desc: true },
  'title-asc': { label: 'librarySortTitle', sort: 'title', desc: false },
  'site-asc': { label: 'librarySortSite', sort: 'siteName', desc: false },
};

const ERROR_TEXT: Record<Exclude<ErrorCode, 'unanswered'>, MessageKey> = { quota: 'errorQuota', storage: 'errorStorage', invalid: 'errorInvalid', unknown: 'errorStorage' };

type Notice = { text: string; tone: 'ok' | 'error'; undo?: Clipping[] };
type Progress = { label: MessageKey; done: number; total: number };

/** The notice for a failed reply: "Not confirmed" when no answer came back, else "Not done" and why (backup problems carry their own message; storage errors get ours). */
function failedNotice(reply: Extract<Reply<unknown>, { ok: false }>, key: 'libraryError' | 'libraryImportFailed'): Notice {
  if (reply.error === 'unanswered') return { text: t('libraryUnconfirmed'), tone: 'error' };
  const why = reply.error === 'invalid' && reply.message && !reply.message.startsWith('invalid clipping') ? reply.message : t(ERROR_TEXT[reply.error]);
  return { text: t(key, why), tone: 'error' };
}

export function Library() {
  const [search, setSearch] = useState('');
  const [sortKey, setSortKey] = useState('saved-desc');
  const [tag, setTag] = useState('');
  const [site, setSite] = useState('');
  const [kind, setKind] = useState<'' | ClippingKind>('');
  const [pageIndex, setPageIndex] = useState(0);
  const [page, setPage] = useState<LibraryPage | null>(null);
  const [facets, setFacets] = useState<{ tags: string[]; sites: string[]; count: number }>({ tags: [], sites: [], count: 0 });
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [notice, setNotice] = useState<Notice | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [version, setVersion] = useState(0);
  const [ready, setReady] = useState(false);
  const [facetsLoaded, setFacetsLoaded] = useState(false);
  const seq = useRef(0);
  const painted = useRef(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const refresh = () => {
    forgetOrders(db);
    setVersion((v) => v + 1);
  };

  useLayoutEffect(() => {
    const run = ++seq.current;
    const started = performance.now();
    const { sort, desc } = SORTS[sortKey]!;
    void queryLibrary(db, { search, sort, desc, tag: tag || null, site: site || null, kind: kind || null, offset: pageIndex * PAGE_SIZE, limit: PAGE_SIZE }).then((result) => {
      if (run !== seq.current) return;
      setPage(result);
      // What `npm run bench:library` reads: the first page painted, and each query until its results are painted.
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (!painted.current) {
            performance.mark(LIBRARY_PAINTED);
            setReady(true);
            // Fetch the order of all clippings now, so that the first search or filter need not.
            setTimeout(() => void orderedIds(db, 'savedAt', true).catch(() => undefined), 50);
          }
          painted.current = true;
          performance.measure(LIBRARY_QUERY, { start: started, detail: { search, tag, run } });
        }),
      );
    });
  }, [search, sortKey, tag, site, kind, pageIndex, version]);

  // After the first page is painted: the filter lists and the count are not what a reader looks at first.
  useEffect(() => {
    if (ready) void libraryFacets(db).then((f) => (setFacets(f), setFacetsLoaded(true)));
  }, [version, ready]);

  useEffect(() => {
    const listener = (message: unknown) => {
      const event = message as LibraryProgress | null;
      if (event?.type === 'library-progress') setProgress({ label: 'libraryImporting', done: event.done, total: event.total });
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, []);

  const setFilter = <T,>(setter: (v: T) => void) => (value: T) => {
    setter(value);
    setPageIndex(0);
  };

  const select = (id: number, on: boolean) =>
    setSelected((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const items = page?.items ?? [];
  const allOnPage = items.length > 0 && items.every((c) => selected.has(c.id));

  const deleteIds = async (ids: number[]) => {
    const reply = await sendMessage('delete-clippings', { ids });
    if (!reply.ok) return setNotice(failedNotice(reply, 'libraryError'));
    setSelected((old) => new Set([...old].filter((id) => !ids.includes(id))));
    setNotice({ text: t('libraryDeleted', String(reply.value.deleted.length)), tone: 'ok', undo: reply.value.deleted });
    refresh();
  };

  const undo = async (clippings: Clipping[]) => {
    const reply = await sendMessage('restore-clippings', { clippings });
    setNotice(reply.ok ? { text: t('libraryRestored', String(clippings.length)), tone: 'ok' } : failedNotice(reply, 'libraryError'));
    refresh();
  };

  const edit = async (id: number, tags: string[], note: string) => {
    const reply = await sendMessage('update-clipping', { id, tags, note });
    if (!reply.ok) {
      setNotice(failedNotice(reply, 'libraryError'));
      return false;
    }
    setNotice(null);
    refresh();
    return true;
  };

  const exportOne = (c: Clipping, format: 'markdown' | 'html') => {
    if (format === 'markdown') download(fileNameFor(c.title, 'md'), [clippingMarkdown(c, sanitizeHtml)], 'text/markdown;charset=utf-8');
    else download(fileNameFor(c.title, 'html'), [clippingsHtml([c], sanitizeHtml)], 'text/html;charset=utf-8');
  };

  /** Reads clippings by id in batches (for exports of a selection), reporting progress. */
  const loadSelected = async (): Promise<Clipping[]> => {
    const ids = [...selected].sort((a, b) => a - b);
    const out: Clipping[] = [];
    for (let i = 0; i < ids.length; i += 200) {
      setProgress({ label: 'libraryExporting', done: i, total: ids.length });
      out.push(...(await db.clippings.bulkGet(ids.slice(i, i + 200))).filter((c): c is Clipping => !!c));
    }
    setProgress(null);
    return out;
  };

  const exportSelected = async (format: 'markdown' | 'html' | 'json') => {
    const clippings = await loadSelected();
    const stem = `clean-reader-${clippings.length}-clippings`;
    if (format === 'markdown') download(`${stem}.md`, [clippings.map((c) => clippingMarkdown(c, sanitizeHtml)).join('\n\n')], 'text/markdown;charset=utf-8');
    else if (format === 'html') download(`${stem}.html`, [clippingsHtml(clippings, sanitizeHtml, t('libraryExportTitle', String(clippings.length)))], 'text/html;charset=utf-8');
    else download(`${stem}.json`, [backupText(clippings)], 'application/json');
  };

  const exportAll = async () => {
    const total = await db.clippings.count();
    const parts: string[] = [backupStart(total)];
    let done = 0;
    setProgress({ label: 'libraryExporting', done, total });
    for await (const batch of clippingBatches(db)) {
      parts.push((done > 0 ? BACKUP_SEPARATOR : '') + batch.map(clippingJson).join(BACKUP_SEPARATOR));
      done += batch.length;
      setProgress({ label: 'libraryExporting', done, total });
    }
    parts.push(BACKUP_END);
    download(`clean-reader-backup-${new Date().toISOString().slice(0, 10)}.json`, parts, 'application/json');
    setProgress(null);
    setNotice({ text: t('libraryExported', String(done)), tone: 'ok' });
    document.documentElement.dataset.exported = String(done);
  };

  const importFile = async (file: File) => {
    setNotice(null);
    setProgress({ label: 'libraryImporting', done: 0, total: 0 });
    try {
      const stagedId = await stageFile(file);
      const reply = await sendMessage('import-backup', { stagedId });
      if (reply.ok) {
        const { added, merged, unchanged } = reply.value;
        setNotice({ text: t('libraryImported', [String(added), String(merged), String(unchanged)]), tone: 'ok' });
      } else setNotice(failedNotice(reply, 'libraryImportFailed'));
    } catch (error) {
      setNotice({ text: t('libraryImportFailed', error instanceof Error ? error.message : String(error)), tone: 'error' });
    } finally {
      setProgress(null);
      if (fileInput.current) fileInput.current.value = '';
      refresh();
    }
  };

  const total = page?.total ?? facets.count;
  const from = total === 0 ? 0 : pageIndex * PAGE_SIZE + 1;
  const to = Math.min(total, (pageIndex + 1) * PAGE_SIZE);
  const filtered = Boolean(search.trim() || tag || site || kind);
  const tagOptions = useMemo(() => (tag && !facets.tags.includes(tag) ? [...facets.tags, tag] : facets.tags), [facets.tags, tag]);

  return (
    <div class="cr-library">
      <header class="cr-lib-header">
        <h1 class="cr-lib-title">{t('libraryTitle')}</h1>
        <StorageInfo count={facets.count} version={version} />
        <SyncPanel onLibraryChanged={refresh} />
        <div class="cr-lib-tools">
          <button type="button" class="cr-button" onClick={() => void exportAll()} disabled={progress !== null || facets.count === 0}>
            {t('libraryExportAll')}
          </button>
          <label class={`cr-button cr-file-button${progress ? ' cr-disabled' : ''}`}>
            {t('libraryImport')}
            <input
              ref={fileInput}
              type="file"
              accept=".json,application/json"
              class="cr-visually-hidden"
              disabled={progress !== null}
              onChange={(e) => {
                const file = (e.currentTarget as HTMLInputElement).files?.[0];
                if (file) void importFile(file);
              }}
            />
          </label>
        </div>
      </header>

      <search class="cr-lib-controls" role="search">
        <div class="cr-field cr-field-search">
          <label for="cr-search">{t('librarySearchLabel')}</label>
          <input
            id="cr-search"
            type="search"
            value={search}
            placeholder={t('librarySearchPlaceholder')}
            autoFocus
            onInput={(e) => setFilter(setSearch)((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <div class="cr-field">
          <label for="cr-sort">{t('librarySortLabel')}</label>
          <select id="cr-sort" value={sortKey} onChange={(e) => setFilter(setSortKey)((e.currentTarget as HTMLSelectElement).value)}>
            {Object.entries(SORTS).map(([key, s]) => <option key={key} value={key}>{t(s.label)}</option>)}
          </select>
        </div>
        <div class="cr-field">
          <label for="cr-tag">{t('libraryFilterTag')}</label>
          <select id="cr-tag" value={tag} onChange={(e) => setFilter(setTag)((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('libraryFilterAny')}</option>
            {tagOptions.map((v) => <option key={v} value={v}>{v}</option>)}
          </select>
        </div>
        <div class="cr-field">
          <label for="cr-site">{t('libraryFilterSite')}</label>
          <select id="cr-site" value={site} onChange={(e) => setFilter(setSite)((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('libraryFilterAny')}</option>
            {facets.sites.map((v) => <option key={v} value={v}>{v}</option>)}
          </select>
        </div>
        <div class="cr-field">
          <label for="cr-kind">{t('libraryFilterKind')}</label>
          <select id="cr-kind" value={kind} onChange={(e) => setFilter(setKind)((e.currentTarget as HTMLSelectElement).value as '' | ClippingKind)}>
            <option value="">{t('libraryFilterAny')}</option>
            <option value="article">{t('libraryKindArticle')}</option>
            <option value="selection">{t('libraryKindSelection')}</option>
          </select>
        </div>
      </search>

      <div class="cr-lib-status" role="status" aria-live="polite">
        {progress && (
          <p class="cr-progress">
            <span>{progress.total ? t(progress.label, [String(progress.done), String(progress.total)]) : t('libraryWorking')}</span>
            <progress max={progress.total || undefined} value={progress.total ? progress.done : undefined} />
          </p>
        )}
        {notice && (
          <p class={`cr-notice cr-notice-${notice.tone}`}>
            <span>{notice.text}</span>
            {notice.undo && (
              <button type="button" class="cr-button cr-button-small" onClick={() => void undo(notice.undo!)}>
                {t('libraryUndo')}
              </button>
            )}
            <button type="button" class="cr-notice-close" aria-label={t('libraryDismiss')} onClick={() => setNotice(null)}>×</button>
          </p>
        )}
      </div>

      <div class="cr-lib-bar">
        <label class="cr-check-all">
          <input
            type="checkbox"
            checked={allOnPage}
            disabled={items.length === 0}
            onChange={(e) => {
              const on = (e.currentTarget as HTMLInputElement).checked;
              setSelected((old) => {
                const next = new Set(old);
                for (const c of items) on ? next.add(c.id) : next.delete(c.id);
                return next;
              });
            }}
          />
          {t('librarySelectPage')}
        </label>
        <span class="cr-lib-count">{page && (page.total !== null || facetsLoaded) ? t('libraryShowing', [String(from), String(to), total.toLocaleString()]) : ''}</span>
        {selected.size > 0 && (
          <div class="cr-lib-selection" role="group" aria-label={t('librarySelected', String(selected.size))}>
            <span>{t('librarySelected', String(selected.size))}</span>
            <button type="button" class="cr-button cr-button-small" onClick={() => void exportSelected('markdown')}>{t('libraryExportSelectedMarkdown')}</button>
            <button type="button" class="cr-button cr-button-small" onClick={() => void exportSelected('html')}>{t('libraryExportSelectedHtml')}</button>
            <button type="button" class="cr-button cr-button-small" onClick={() => void exportSelected('json')}>{t('libraryExportSelectedJson')}</button>
            <button type="button" class="cr-button cr-button-small cr-button-danger" onClick={() => void deleteIds([...selected])}>{t('libraryDeleteSelected')}</button>
            <button type="button" class="cr-button cr-button-small" onClick={() => setSelected(new Set())}>{t('libraryClearSelection')}</button>
          </div>
        )}
      </div>

      {page && items.length === 0 && <p class="cr-lib-empty">{t(filtered ? 'libraryNoMatches' : 'libraryEmpty')}</p>}
      <ul class="cr-lib-list" aria-label={t('libraryListLabel')}>
        {items.map((c) => (
          <ClippingCard
            key={c.id}
            clipping={c}
            query={page!.parsed}
            selected={selected.has(c.id)}
            onSelect={select}
            onTag={(value) => setFilter(setTag)(value)}
            onEdit={edit}
            onDelete={(ids) => void deleteIds(ids)}
            onExport={exportOne}
          />
        ))}
      </ul>

      {total > PAGE_SIZE && (
        <nav class="cr-pager" aria-label={t('libraryPages')}>
          <button type="button" class="cr-button" disabled={pageIndex === 0} onClick={() => setPageIndex(pageIndex - 1)}>{t('libraryPrevious')}</button>
          <span>{t('libraryShowing', [String(from), String(to), total.toLocaleString()])}</span>
          <button type="button" class="cr-button" disabled={to >= total} onClick={() => setPageIndex(pageIndex + 1)}>{t('libraryNext')}</button>
        </nav>
      )}
    </div>
  );
}
