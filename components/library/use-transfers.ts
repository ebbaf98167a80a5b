import { backupParts, backupText } from '@/utils/clippings/backup';
import type { ClippingsDb } from '@/utils/clippings/db';
import { clippingsHtml } from '@/utils/clippings/export-html';
import { clippingMarkdown, fileNameFor } from '@/utils/clippings/export-markdown';
import { clippingBatches, selectedBatches } from '@/utils/clippings/batches';
import type { Clipping } from '@/utils/clippings/types';
import { download } from '@/utils/browser/download';
import { inertArticle } from '@/utils/export/inert-html';
import { datedName } from '@/utils/export/file-names';
import { t, tCount } from '@/utils/browser/i18n';
import { sendMessage } from '@/utils/browser/messages';
import { sanitizeHtml } from '@/utils/sanitize';
import type { Notices } from './use-notices';

const MARKDOWN = 'text/markdown;charset=utf-8';
const HTML = 'text/html;charset=utf-8';
const JSON_TYPE = 'application/json';

/** Exports: one clipping, a selection, the whole library as a backup. */
export function useTransfers(db: ClippingsDb, { setNotice, setProgress }: Notices) {
  const exportOne = (c: Clipping, format: 'markdown' | 'html') => {
    if (format === 'markdown') download(fileNameFor(c.title, 'md'), [clippingMarkdown(c, (html) => inertArticle(html, new DOMParser()))], MARKDOWN);
    else download(fileNameFor(c.title, 'html'), [clippingsHtml([c], sanitizeHtml)], HTML);
  };

  /** Reads clippings by id in batches (for exports of a selection), reporting progress. */
  const load = async (selected: ReadonlySet<number>): Promise<Clipping[]> => {
    const out: Clipping[] = [];
    for await (const batch of selectedBatches(db, selected)) {
      setProgress({ label: 'libraryExporting', done: out.length, total: selected.size });
      out.push(...batch);
    }
    setProgress(null);
    return out;
  };

  // Markdown of several clippings is a folder of files (ExportFolder), not one file.
  const exportSelected = async (selected: ReadonlySet<number>, format: 'html' | 'json') => {
    const clippings = await load(selected);
    const stem = `clean-reader-${clippings.length}-clippings`;
    if (format === 'html') download(`${stem}.html`, [clippingsHtml(clippings, sanitizeHtml, t('libraryExportTitle', String(clippings.length)))], HTML);
    else download(`${stem}.json`, [backupText(clippings)], JSON_TYPE);
  };

  /** The whole library as a backup, written in parts; `count()` only sizes the progress bar. */
  const exportAll = async () => {
    const total = await db.clippings.count();
    setProgress({ label: 'libraryExporting', done: 0, total });
    const { parts, count } = await backupParts(clippingBatches(db), (done) => setProgress({ label: 'libraryExporting', done, total: Math.max(total, done) }));
    download(`${datedName('clean-reader-backup')}.json`, parts, JSON_TYPE);
    setProgress(null);
    setNotice({ text: tCount('libraryExported', count), tone: 'ok' });
  };

  return { exportOne, exportSelected, exportAll };
}
