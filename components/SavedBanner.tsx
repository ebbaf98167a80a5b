import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { FoundClipping } from '@/utils/clippings/marks';
import { t, type MessageKey } from '@/utils/browser/i18n';
import { sendMessage } from '@/utils/browser/messages';

const STATE_TEXT: Record<FoundClipping['state'], MessageKey> = {
  unread: 'savedBannerUnread',
  reading: 'savedBannerReading',
  finished: 'savedBannerFinished',
  archived: 'savedBannerArchived',
};

/** "Saved · 40 % read" as a line of text. */
export function savedText(found: Pick<FoundClipping, 'state' | 'progress'>): string {
  return t(STATE_TEXT[found.state], String(Math.round((found.progress?.fraction ?? 0) * 100)));
}

/**
 * On a page already in the library: what the reader did with it, and a button that opens the saved
 * clipping in the reader where they left off. Asks the background only after the article has painted.
 */
export function SavedBanner({ url }: { url: string }) {
  const [found, setFound] = useState<FoundClipping | null>(null);
  useEffect(() => {
    let live = true;
    const frame = requestAnimationFrame(() =>
      setTimeout(() => void sendMessage('find-clipping', { url }).then((reply) => live && reply.ok && setFound(reply.value))));
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [url]);
  if (!found || found.linkOnly) return null;
  const open = async () => {
    await browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?clip=${found.id}`) });
    window.close();
  };
  return (
    <p class="cr-saved-banner">
      <span>{savedText(found)}</span>
      <button type="button" class="cr-button cr-button-small" onClick={() => void open()}>
        {t(found.state === 'reading' ? 'savedBannerContinue' : 'savedBannerOpen')}
      </button>
    </p>
  );
}
