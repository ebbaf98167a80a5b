import { useRef, useState } from 'preact/hooks';
import type { ComponentProps } from 'preact';
import { stageFile } from '@/utils/clippings/staging';
import { toStoreError } from '@/utils/clippings/errors';
import type { Clipping } from '@/utils/clippings/types';
import { t, tCount } from '@/utils/browser/i18n';
import type { PreparedImport } from '@/utils/import/prepare';
import { sendMessage } from '@/utils/browser/messages';
import { phaseClock } from '@/utils/perf-marks';
import { errorMessage } from '@/utils/error-message';
import type { ExportFolder } from './ExportFolder';
import { failedNotice, type Notices } from './use-notices';

/**
 * "Import…" (a file chosen → the preview dialog → confirmed → staged for the background, which commits it
 * with progress events) and the callbacks of the Markdown folder exports.
 */
export function useImport({ setNotice, setProgress }: Notices, refresh: () => void) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<File | null>(null);
  // the file chosen last, read when a dialog closes (the state may not have rendered it yet)
  const latest = useRef<File | null>(null);

  const choose = (file: File) => {
    setNotice(null);
    latest.current = file;
    setChosen(file);
  };

  /** The dialog of `file` closed; a file chosen since keeps its own. */
  const close = (file: File) => {
    if (latest.current !== file) return;
    latest.current = null;
    setChosen(null);
    if (fileInput.current) fileInput.current.value = '';
  };

  /** Stages what the preview prepared; the background validates and merges it (it is the single writer). */
  const confirm = async ({ staged, external }: PreparedImport) => {
    setProgress({ label: 'libraryImporting', done: 0, total: 0 });
    const clock = phaseClock('import-confirmed');
    try {
      const stagedId = await stageFile(staged);
      clock.lap('stage the file');
      const reply = await sendMessage('import-backup', { stagedId, external });
      clock.lap('background: read, merge, commit');
      if (reply.ok) {
        setNotice({ text: importedText(reply.value), tone: 'ok' });
      } else setNotice(failedNotice(reply, 'libraryImportFailed'));
    } catch (error) {
      // staging the file is this page's own write: a full disk is told in the words every surface uses for it
      const full = toStoreError(error).code === 'quota';
      setNotice(full ? failedNotice({ ok: false, error: 'quota', message: errorMessage(error) }, 'libraryImportFailed') : { text: t('libraryImportFailed', errorMessage(error)), tone: 'error' });
    } finally {
      clock.done();
      setProgress(null);
      refresh();
    }
  };

  /** The props of an ExportFolder for `count` clippings read by `batches`. */
  const folderExport = (count: number, batches: () => AsyncIterable<Clipping[]>): Omit<ComponentProps<typeof ExportFolder>, 'label' | 'disabled'> => ({
    count,
    batches,
    onProgress: (done, total) => setProgress({ label: 'libraryExporting', done, total }),
    onDone: (n) => (setProgress(null), setNotice({ text: tCount('exportFolderDone', n), tone: 'ok' })),
    onError: (message) => (setProgress(null), setNotice({ text: t('libraryError', message), tone: 'error' })),
  });

  return { fileInput, chosen, choose, close, confirm, folderExport };
}

/**
 * "Imported: 3 new." — the counts that are not zero ("0 merged, 0 already there" said nothing); "0 new" when every
 * count is.
 */
function importedText({ added, merged, unchanged }: { added: number; merged: number; unchanged: number }): string {
  const counts = ([[added, 'libraryImportedNew'], [merged, 'libraryImportedMerged'], [unchanged, 'libraryImportedUnchanged']] as const).filter(([n]) => n > 0);
  const said = (counts.length ? counts : [[0, 'libraryImportedNew'] as const]).map(([n, key]) => t(key, n.toLocaleString()));
  return t('libraryImported', said.join(', '));
}
