import type { ClippingsDb } from './db';
import { toStoreError } from './errors';
import type { ClippingDraft, SaveOutcome } from './types';
import { normaliseUrl } from './url-key';
import { validateDraft } from './validate';

/** The clipping's identity: its canonical URL, plus the passage for a selection. */
export function clippingKey(draft: Pick<ClippingDraft, 'kind' | 'canonicalUrl' | 'text'>): string {
  const url = normaliseUrl(draft.canonicalUrl);
  return draft.kind === 'article' ? url : `${url}#selection:${draft.text.replace(/\s+/g, ' ').trim()}`;
}

/**
 * Saves a clipping atomically: a clipping with the same key is updated (keeping its tags and note),
 * otherwise a new one is added. IndexedDB serialises read-write transactions on the table, so
 * concurrent saves never overwrite each other.
 */
export async function saveClipping(db: ClippingsDb, input: unknown, now = Date.now()): Promise<SaveOutcome> {
  const draft = validateDraft(input);
  const key = clippingKey(draft);
  try {
    return await db.transaction('rw', db.clippings, async () => {
      const existing = await db.clippings.where('key').equals(key).first();
      if (existing) {
        await db.clippings.update(existing.id, { ...draft, key, savedAt: now });
        return { id: existing.id, updated: true };
      }
      const id = await db.clippings.add({ ...draft, key, savedAt: now, tags: [], note: '' });
      return { id, updated: false };
    });
  } catch (error) {
    throw toStoreError(error);
  }
}
