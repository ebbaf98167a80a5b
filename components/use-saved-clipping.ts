import { useEffect, useState } from 'preact/hooks';
import type { FoundClipping } from '@/utils/clippings/marks';
import type { ClippingDraft } from '@/utils/clippings/types';
import { sendMessage } from '@/utils/browser/messages';

/** The library's clipping of the page shown, and whether this visit just filled in its text. */
export interface SavedClipping {
  found: FoundClipping;
  filled: boolean;
}

/**
 * The page's clipping when the library holds it (by its address or its canonical URL), else null. Asks the
 * background only after the article has painted; `fillIn` gives the article to save when the library holds
 * the page as a link only (imported from Pocket or Instapaper): this visit saves its text, keeping its tags and state.
 */
export function useSavedClipping(url: string, canonicalUrl = url, fillIn?: () => ClippingDraft): SavedClipping | null {
  const [saved, setSaved] = useState<SavedClipping | null>(null);
  useEffect(() => {
    let live = true;
    const ask = async () => {
      const reply = await sendMessage('find-clipping', { url, canonicalUrl });
      if (!live || !reply.ok || !reply.value) return;
      if (reply.value.linkOnly) {
        if (!fillIn) return;
        const stored = await sendMessage('save-clipping', { draft: fillIn() });
        if (live && stored.ok) setSaved({ found: { ...reply.value, linkOnly: false }, filled: true });
        return;
      }
      setSaved({ found: reply.value, filled: false });
    };
    const frame = requestAnimationFrame(() => setTimeout(() => void ask()));
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [url, canonicalUrl]);
  return saved;
}
