import type { Clipping } from '@/utils/clippings/types';
import { t } from '@/utils/browser/i18n';
import type { Notice, Progress } from './use-notices';

interface Props {
  notice: Notice | null;
  progress: Progress | null;
  onUndo: (clippings: Clipping[]) => void;
  onDismiss: () => void;
}

/** The live region under the controls: a long task's progress, and the last action's notice. */
export function LibraryNotices({ notice, progress, onUndo, onDismiss }: Props) {
  return (
    <div class="cr-lib-status" role="status" aria-live="polite">
      {progress && (
        <p class="cr-progress">
          <span>{progress.total ? t(progress.label, [String(progress.done), String(progress.total)]) : t('libraryWorking')}</span>
          <progress max={progress.total && !progress.indeterminate ? progress.total : undefined} value={progress.total && !progress.indeterminate ? progress.done : undefined} />
        </p>
      )}
      {notice && (
        <p class={`cr-notice cr-notice-${notice.tone}`}>
          <span>{notice.text}</span>
          {notice.undo && (
            <button type="button" class="cr-button cr-button-small" onClick={() => onUndo(notice.undo!)}>
              {t('libraryUndo')}
            </button>
          )}
          <button type="button" class="cr-notice-close" aria-label={t('libraryDismiss')} onClick={onDismiss}>×</button>
        </p>
      )}
    </div>
  );
}
