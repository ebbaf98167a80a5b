import { useRef } from 'preact/hooks';
import { BACKUP_END, BACKUP_SEPARATOR, backupStart, backupText, clippingJson } from '@/utils/clippings/backup';
import type { ClippingsDb } from '@/utils/clippings/db';
import { clippingsHtml } from '@/utils/clippings/export-html';
import { clippingMarkdown, fileNameFor } from '@/utils/clippings/export-markdown';
import { clippingBatches } from '@/utils/clippings/query';
import { stageFile } from '@/utils/clippings/staging';
import type { Clipping } from '@/utils/clippings/types';
import { download } from '@/utils/browser/download';
import { t } from '@/utils/browser/i18n';
import { sendMessage } from '@/utils/browser/messages';
import { sanitizeHtml } from '@/utils/sanitize';
import { failedNotice, type Notices } from './use-notices';

const MARKDOWN = 'text/markdown;charset=utf-8';
const HTML = 'text/html;charset=utf-8';
const JSON_TYPE = 'application/json';
/** Clippings read per IndexedDB request when exporting a selection. */
const BATCH = 200;

/** Exports (one clipping, a selection, the whole library as a backup) and imports of a backup. */
export function useTransfers(db: ClippingsDb, { setNotice, setProgress }: Notices, refresh: () => void) {
  const fileInput = useRef<HTMLInputElement>(null);

  const exportOne = (c: Clipping, format: 'markdown' | 'html') => {
    if (format === 'markdown') download(fileNameFor(c.title, 'md'), [clippingMarkdown(c, sanitizeHtml)], MARKDOWN);
    else download(fileNameFor(c.title, 'html'), [clippingsHtml([c], sanitizeHtml)], HTML);
  };

  /** Reads clippings by id in batches (for exports of a selection), reporting progress. */
  const load = async (selected: ReadonlySet<number>): Promise<Clipping[]> => {
    const ids = [...selected].sort((a, b) => a - b);
    const out: Clipping[] = [];
    for (let i = 0; i < ids.length; i += BATCH) {
      setProgress({ label: 'libraryExporting', done: i, total: ids.length });
      out.push(...(await db.clippings.bulkGet(ids.slice(i, i + BATCH))).filter((c): c is Clipping => !!c));
    }
    setProgress(null);
    return out;
  };

  const exportSelected = async (selected: ReadonlySet<number>, format: 'markdown' | 'html' | 'json') => {
    const clippings = await load(selected);
    const stem = `clean-reader-${clippings.length}-clippings`;
    if (format === 'markdown') download(`${stem}.md`, [clippings.map((c) => clippingMarkdown(c, sanitizeHtml)).join('\n\n')], MARKDOWN);
    else if (format === 'html') download(`${stem}.html`, [clippingsHtml(clippings, sanitizeHtml, t('libraryExportTitle', String(clippings.length)))], HTML);
    else download(`${stem}.json`, [backupText(clippings)], JSON_TYPE);
  };

  /** The whole library as a backup, written in parts (a large library never becomes one string). */
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
    download(`clean-reader-backup-${new Date().toISOString().slice(0, 10)}.json`, parts, JSON_TYPE);
    setProgress(null);
    setNotice({ text: t('libraryExported', String(done)), tone: 'ok' });
  };

  /** Stages the file for the background, which validates and merges it (it is the single writer). */
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

  return { fileInput, exportOne, exportSelected, exportAll, importFile };
}
