import { useEffect, useState } from 'preact/hooks';
import { clippingsDb } from '@/utils/browser/library-mark';
import type { Highlight, ReadingProgress } from '@/utils/clippings/types';
import type { Article } from '@/utils/extract/types';
import { sendMessage } from '@/utils/browser/messages';
import type { ReaderSource } from '@/utils/reader-source';

export interface ClippingMarksLoad {
  clippingId: number | null;
  highlights: Highlight[];
  progress: ReadingProgress | null;
}

export const NO_MARKS: ClippingMarksLoad = { clippingId: null, highlights: [], progress: null };

/**
 * The stored highlights and reading position of what the reader shows: the clipping opened from the
 * library, or the saved clipping of a live article (found by its URL). Null while loading.
 */
export function useClippingMarks(source: ReaderSource | null, article: Article): ClippingMarksLoad | null {
  const [marks, setMarks] = useState<ClippingMarksLoad | null>(null);
  useEffect(() => {
    const read = async (): Promise<ClippingMarksLoad> => {
      let id = source?.kind === 'clip' ? source.id : null;
      if (id === null) {
        const found = await sendMessage('find-clipping', { url: article.url, canonicalUrl: article.canonicalUrl });
        id = found.ok && found.value && !found.value.linkOnly ? found.value.id : null;
      }
      if (id === null) return NO_MARKS;
      const row = await clippingsDb().clippings.get(id);
      return row ? { clippingId: id, highlights: row.highlights ?? [], progress: row.progress ?? null } : NO_MARKS;
    };
    void read().then(setMarks, () => setMarks(NO_MARKS));
  }, [article]);
  return marks;
}
