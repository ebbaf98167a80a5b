import './marks.css';
import type { Clipping, ClippingState } from '@/utils/clippings/types';
import { t, type MessageKey } from '@/utils/browser/i18n';

export const STATE_LABEL: Record<ClippingState, MessageKey> = {
  unread: 'stateUnread',
  reading: 'stateReading',
  finished: 'stateFinished',
  archived: 'stateArchived',
};

/** Whole percent read, for text and <progress>. */
export const percentRead = (c: Pick<Clipping, 'progress'>): number => Math.round((c.progress?.fraction ?? 0) * 100);

/** A clipping's state (with how far it was read) and its highlight count, as text; nothing for an unread one without highlights. */
export function ReadingState({ clipping: c }: { clipping: Pick<Clipping, 'state' | 'progress' | 'highlightCount'> }) {
  if (c.state === 'unread' && c.highlightCount === 0) return null;
  return (
    <span class="cr-marks">
      {c.state !== 'unread' && <span class={`cr-state cr-state-${c.state}`}>{t(STATE_LABEL[c.state])}</span>}
      {c.state === 'reading' && (
        <>
          <progress class="cr-state-progress" max={100} value={percentRead(c)} aria-hidden="true" />
          <span>{t('stateProgress', String(percentRead(c)))}</span>
        </>
      )}
      {c.highlightCount > 0 && <span class="cr-marks-count">{t('libraryHighlightCount', String(c.highlightCount))}</span>}
    </span>
  );
}
