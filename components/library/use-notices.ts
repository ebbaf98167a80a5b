import { useEffect, useState } from 'preact/hooks';
import { ERROR_TEXT } from '@/utils/failure-text';
import { t } from '@/utils/browser/i18n';
import type { Progress } from '@/utils/clippings/chunked';
import { onEvent } from '@/utils/browser/events';
import type { Failure } from '@/utils/browser/messages';

/** A line under the controls: what was done, or why not; a delete's or a tag change's notice offers to undo it. */
export type Notice = { text: string; tone: 'ok' | 'error'; undo?: () => Promise<void> };

/**
 * The notice for a failed reply: "Not confirmed" when no answer came back, else "Not done" and why
 * (a message written for the reader, such as a backup's problem, as it is; other errors in our words).
 */
export function failedNotice(reply: Failure, key: 'libraryError' | 'libraryImportFailed'): Notice {
  if (reply.error === 'unanswered') return { text: t('libraryUnconfirmed'), tone: 'error' };
  if (reply.forReader && reply.message) return { text: t(key, reply.message), tone: 'error' };
  // the shared words are the end of a sentence ("your browser's storage is full…"): after a colon, as "Not done: …"
  return { text: t(key === 'libraryImportFailed' ? 'libraryImportNotDone' : key, t(ERROR_TEXT[reply.error])), tone: 'error' };
}

/** The library's notice and progress; the background's import progress events land here. */
export function useNotices() {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => onEvent('library-progress', ({ task, done, total }) =>
    setProgress(task === 'index' ? { label: 'libraryIndexing', done, total, indeterminate: true } : { label: 'libraryImporting', done, total })), []);
  return { notice, setNotice, progress, setProgress };
}

export type Notices = ReturnType<typeof useNotices>;
