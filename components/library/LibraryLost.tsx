import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, tCount } from '@/utils/browser/i18n';
import { formatDateTime } from '@/utils/format';
import { dismissLibraryLoss, LIBRARY_LOSS, readLibraryLoss, type LibraryLoss } from '@/utils/browser/library-mark';

/** The notice of a lost library (utils/browser/library-mark.ts), as soon as it is left, even while this page is open. */
function useLibraryLoss(): LibraryLoss | null {
  const [loss, setLoss] = useState<LibraryLoss | null>(null);
  useEffect(() => {
    void readLibraryLoss().then(setLoss);
    const changed = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && LIBRARY_LOSS in changes) setLoss((changes[LIBRARY_LOSS]!.newValue as LibraryLoss | undefined) ?? null);
    };
    browser.storage.onChanged.addListener(changed);
    return () => browser.storage.onChanged.removeListener(changed);
  }, []);
  return loss;
}

/**
 * Says that the browser dropped the library's database: what it held, the browser's reason when it gave one, and how to
 * get the clippings back (a backup file, or sync). Shown until the reader dismisses it.
 */
export function LibraryLost() {
  const loss = useLibraryLoss();
  if (!loss) return null;
  const held = loss.count ? tCount('libraryLostCount', loss.count) : t('libraryLostSome');
  const last = loss.lastSavedAt === null ? '' : ` ${t('libraryLostLastSave', formatDateTime(loss.lastSavedAt))}`;
  return (
    <section class="cr-lib-lost" role="alert" aria-labelledby="cr-lib-lost-title">
      <h2 id="cr-lib-lost-title">{t('libraryLostTitle')}</h2>
      <p>{t('libraryLostWhat', [held, formatDateTime(loss.noticedAt)])}{last}</p>
      {loss.reason && <p>{t('libraryLostReason', loss.reason)}</p>}
      <p>{t('libraryLostRestore')}</p>
      <button type="button" class="cr-button cr-button-small" onClick={() => void dismissLibraryLoss()}>{t('libraryLostDismiss')}</button>
    </section>
  );
}
