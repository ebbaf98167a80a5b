import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { FoundClipping } from '@/utils/clippings/marks';
import type { ClippingDraft } from '@/utils/clippings/types';
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
 * On a page already in the library (by its address or its canonical URL): what the reader did with it, and a button that opens the saved
 * clipping in the reader where they left off. Asks the background only after the article has painted;
 * `fillIn` gives the article to save when the library holds the page as a link only.
 */
export function SavedBanner({ url, canonicalUrl = url, fillIn }: { url: string; canonicalUrl?: string; fillIn?: () => ClippingDraft }) {
  const [found, setFound] = useState<FoundClipping | null>(null);
  const [filled, setFilled] = useState(false);
  useEffect(() => {
    let live = true;
    const ask = async () => {
      const reply = await sendMessage('find-clipping', { url, canonicalUrl });
      if (!live || !reply.ok || !reply.value) return;
      // A link imported without its text (Pocket, Instapaper): this visit saves the text, keeping its tags and state.
      if (reply.value.linkOnly && fillIn) {
        const saved = await sendMessage('save-clipping', { draft: fillIn() });
        if (!live || !saved.ok) return;
        setFilled(true);
        return setFound({ ...reply.value, linkOnly: false });
      }
      setFound(reply.value);
    };
    const frame = requestAnimationFrame(() => setTimeout(() => void ask()));
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [url, canonicalUrl]);
  if (!found || found.linkOnly) return null;
  const open = async () => {
    await browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?clip=${found.id}`) });
    window.close();
  };
  return (
    <p class="cr-saved-banner">
      <span>{filled ? t('savedBannerFilled') : savedText(found)}</span>
      <button type="button" class="cr-button cr-button-small" onClick={() => void open()}>
        {t(found.state === 'reading' ? 'savedBannerContinue' : 'savedBannerOpen')}
      </button>
    </p>
  );
}
