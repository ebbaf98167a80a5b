import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';
import type { Notice } from './use-notices';
import type { Progress } from '@/utils/clippings/chunked';

interface Props {
  notice: Notice | null;
  progress: Progress | null;
  onDismiss: () => void;
}

/** The live region under the controls: a long task's progress, and the last action's notice. */
export function LibraryNotices({ notice, progress, onDismiss }: Props) {
  const undo = useRef<HTMLButtonElement>(null);
  // A delete is made from a button that goes with what it deleted (the card's, or the selection bar's): the focus went
  // to the page's start with it, and a keyboard reader lost their place. It goes to Undo instead (a tag's form too).
  useEffect(() => {
    if (notice?.undo) undo.current?.focus();
  }, [notice]);
  return (
    <div class="cr-lib-status" role="status" aria-live="polite">
      {progress && (
        <p class="cr-progress">
          <span>{progress.total ? t(progress.label, [progress.done.toLocaleString(), progress.total.toLocaleString()]) : t('libraryWorking')}</span>
          <progress max={progress.total && !progress.indeterminate ? progress.total : undefined} value={progress.total && !progress.indeterminate ? progress.done : undefined} />
        </p>
      )}
      {notice && (
        <p class={`cr-notice cr-notice-${notice.tone}`}>
          <span>{notice.text}</span>
          {notice.undo && (
            <button type="button" class="cr-button cr-button-small" ref={undo} onClick={() => void notice.undo!()}>
              {t('libraryUndo')}
            </button>
          )}
          <button type="button" class="cr-notice-close" aria-label={t('libraryDismiss')} onClick={onDismiss}>×</button>
        </p>
      )}
    </div>
  );
}
