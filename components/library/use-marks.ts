import type { ClippingsDb } from '@/utils/clippings/db';
import { readwiseCsvHeader, readwiseCsvRows } from '@/utils/clippings/export-highlights';
import { highlightedBatches } from '@/utils/clippings/batches';
import { datedName } from '@/utils/export/file-names';
import type { ClippingState } from '@/utils/clippings/types';
import { download } from '@/utils/browser/download';
import { t, tCount } from '@/utils/browser/i18n';
import { sendMessage, type Reply } from '@/utils/browser/messages';
import { chunkProgress, sendInChunks } from '@/utils/clippings/chunked';
import { STATE_LABEL } from './ReadingState';
import { failedNotice, type Notices } from './use-notices';

/** Clippings whose state one message sets: their ids are small, but each is read and written again. */
export const STATE_CHUNK = 1_000;

/** What the library does with reading states and highlights: the notice after a state change, the CSV export. */
export function useMarks(db: ClippingsDb, { setNotice, setProgress }: Notices, refresh: () => void) {
  const stateChanged = (state: ClippingState, reply: Reply<{ updated: number }>) => {
    if (!reply.ok) return setNotice(failedNotice(reply, 'libraryError'));
    setNotice({ text: t('librarySetStateDone', [t(STATE_LABEL[state]), reply.value.updated.toLocaleString()]), tone: 'ok' });
    refresh();
  };

  /** Sets the state of many clippings, STATE_CHUNK a message with a progress bar (30,000 took ~24 s under load in one). */
  const setStates = async (ids: number[], state: ClippingState): Promise<Reply<{ updated: number }>> => {
    const { values, failure } = await sendInChunks(ids, (chunk) => sendMessage('set-state', { ids: chunk, state }), () => STATE_CHUNK, chunkProgress(setProgress, 'librarySettingState', ids.length));
    setProgress(null);
    return failure ?? { ok: true, value: { updated: values.reduce((n, v) => n + v.updated, 0) } };
  };

  /** The highlights of the selection (or of the whole library) as Readwise CSV, read a batch at a time. */
  const exportHighlights = async (only?: ReadonlySet<number>) => {
    const parts = [readwiseCsvHeader()];
    let count = 0;
    setProgress({ label: 'libraryExporting', done: 0, total: 0 });
    for await (const batch of highlightedBatches(db, only)) {
      parts.push(readwiseCsvRows(batch));
      count += batch.reduce((n, c) => n + c.highlights.length, 0);
    }
    setProgress(null);
    // a file of column names alone is no export: say so, and what makes a highlight
    if (!count) return setNotice({ text: t('libraryNoHighlights'), tone: 'ok' });
    download(`${datedName('clean-reader-highlights')}.csv`, parts, 'text/csv;charset=utf-8');
    setNotice({ text: tCount('libraryExportedCsv', count), tone: 'ok' });
  };

  return { stateChanged, setStates, exportHighlights };
}
