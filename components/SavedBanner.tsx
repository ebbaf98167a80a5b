import type { FoundClipping } from '@/utils/clippings/marks';
import { t, type MessageKey } from '@/utils/browser/i18n';
import { openReader } from '@/utils/browser/reader-handover';
import type { SavedClipping } from './use-saved-clipping';

const STATE_TEXT: Record<FoundClipping['state'], MessageKey> = {
  unread: 'savedBannerUnread',
  reading: 'savedBannerReading',
  finished: 'savedBannerFinished',
  archived: 'savedBannerArchived',
};

/** "Saved · 40 % read" as a line of text. */
function savedText(found: Pick<FoundClipping, 'state' | 'progress'>): string {
  return t(STATE_TEXT[found.state], String(Math.round((found.progress?.fraction ?? 0) * 100)));
}

/** On a page already in the library: what the reader did with it (see `useSavedClipping`). */
export function SavedBanner({ saved }: { saved: SavedClipping }) {
  return <p class="cr-saved-banner">{saved.filled ? t('savedBannerFilled') : savedText(saved.found)}</p>;
}

/**
 * The main action on a page already in the library: "Continue" where the reader left off (or "Open" when it is
 * unread, finished or archived) opens the saved clipping in the reader, then closes the popup.
 */
export function OpenSavedButton({ found }: { found: FoundClipping }) {
  const open = async () => {
    await openReader({ kind: 'clip', id: found.id }, undefined);
    window.close();
  };
  return (
    <button type="button" class="cr-button cr-button-primary" onClick={() => void open()}>
      {t(found.state === 'reading' ? 'savedBannerContinue' : 'savedBannerOpen')}
    </button>
  );
}
