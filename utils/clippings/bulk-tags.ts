// A tag added to or removed from many clippings (the library's selection), a part at a time: each part one transaction
// on the clippings and the search index, which is changed only for the tag's own words (tags are no phrase field, so a
// clipping's word pairs stay as they are, and its text is never split again).
import { POSTING_FROM, searchableTexts, unpack, type ClippingsDb, type SearchRow } from './db';
import { invalidField, toStoreError } from './errors';
import { applyPostings } from './postings';
import { holdsWord, indexWords } from './search-index';
import { MAX_TAGS, normaliseTag } from './store';
import type { Clipping } from './types';

/** One clipping's tag to add (at `at` in its list, else last) or remove; the reply lists what undoes what was done. */
export interface TagChange {
  id: number;
  tag: string;
  at?: number;
}

export interface TagOutcome {
  /** The changes that undo this one (the other action on them), for the clippings it changed. */
  undo: TagChange[];
  /** Clippings that could not take the tag: they hold MAX_TAGS already. */
  full: number;
}

export type TagAction = 'add' | 'remove';

const sameTag = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The tags with `tag` put at `at` (or last); null when one of them is the tag already (ignoring case) or there is no room. */
export function withTag(tags: readonly string[], tag: string, at = tags.length): string[] | 'full' | null {
  if (tags.some((t) => sameTag(t, tag))) return null;
  if (tags.length >= MAX_TAGS) return 'full';
  const place = Math.min(Math.max(0, at), tags.length);
  return [...tags.slice(0, place), tag, ...tags.slice(place)];
}

/** The tags without `tag` (ignoring case), and the spelling and place it had; null when none of them is it. */
export function withoutTag(tags: readonly string[], tag: string): { tags: string[]; removed: TagChange['tag']; at: number } | null {
  const at = tags.findIndex((t) => sameTag(t, tag));
  return at < 0 ? null : { tags: tags.filter((_, i) => i !== at), removed: tags[at]!, at };
}

/** What a clipping's index words gain and lose when its tags go from `before` to the clipping's own. */
export function tagWordChange(before: readonly string[], after: Clipping, row: SearchRow): { gained: string[]; lost: string[] } {
  const was = new Set(indexWords(before.join(' ')));
  const now = new Set(indexWords(after.tags.join(' ')));
  const held = new Set([...row.words, ...unpack(row)]);
  const gained = [...now].filter((w) => !was.has(w) && !held.has(w));
  const leaving = [...was].filter((w) => !now.has(w) && held.has(w));
  if (!leaving.length) return { gained, lost: [] };
  // a word the tag took away stays when another field holds it (the title, the text, another tag…)
  const fields = searchableTexts(after);
  return { gained, lost: leaving.filter((w) => !fields.some((f) => holdsWord(f, w))) };
}

function validateChanges(value: unknown): TagChange[] {
  if (!Array.isArray(value)) throw invalidField('changes');
  return value.map((c: Partial<TagChange> | null) => {
    if (!c || typeof c.id !== 'number' || !Number.isInteger(c.id) || c.id < 1) throw invalidField('id');
    if (typeof c.tag !== 'string' || !normaliseTag(c.tag)) throw invalidField('tag');
    if (c.at !== undefined && (typeof c.at !== 'number' || !Number.isInteger(c.at))) throw invalidField('at');
    return { id: c.id, tag: normaliseTag(c.tag), ...(c.at !== undefined ? { at: c.at } : {}) };
  });
}

/**
 * Adds or removes a tag on each clipping of `changes`, in one transaction: each clipping is read and written in it, so
 * no concurrent save or edit is overwritten, and sync's outbox (a middleware on every write) sees each change. A
 * clipping deleted meanwhile, or that already is as asked, is left alone.
 */
export async function changeTags(db: ClippingsDb, request: { action: unknown; changes: unknown }, now = Date.now()): Promise<TagOutcome> {
  const { action } = request;
  if (action !== 'add' && action !== 'remove') throw invalidField('action');
  const changes = validateChanges(request.changes);
  try {
    return await db.transaction('rw', [db.clippings, db.search, db.postings], async () => {
      const found = await db.clippings.bulkGet(changes.map((c) => c.id));
      const outcome: TagOutcome = { undo: [], full: 0 };
      const written: Array<{ before: string[]; after: Clipping }> = [];
      changes.forEach((change, i) => {
        const clipping = found[i];
        if (!clipping) return;
        if (action === 'add') {
          const tags = withTag(clipping.tags, change.tag, change.at);
          if (tags === 'full') outcome.full++;
          if (!Array.isArray(tags)) return;
          written.push({ before: clipping.tags, after: { ...clipping, tags, updatedAt: now } });
          outcome.undo.push({ id: clipping.id, tag: change.tag });
        } else {
          const out = withoutTag(clipping.tags, change.tag);
          if (!out) return;
          written.push({ before: clipping.tags, after: { ...clipping, tags: out.tags, updatedAt: now } });
          outcome.undo.push({ id: clipping.id, tag: out.removed, at: out.at });
        }
      });
      await db.clippings.bulkPut(written.map((w) => w.after));
      await retagIndex(db, written);
      return outcome;
    });
  } catch (error) {
    throw toStoreError(error);
  }
}

/**
 * The search rows and posting rows of clippings whose tags changed, for the tag's words only: a gained word that a
 * bucket's clippings gain often enough goes to its posting row (as an import's would), the others to the rows' own
 * words; a lost word leaves whichever half holds it.
 */
async function retagIndex(db: Pick<ClippingsDb, 'search' | 'postings'>, written: ReadonlyArray<{ before: string[]; after: Clipping }>): Promise<void> {
  const rows = await db.search.bulkGet(written.map((w) => w.after.id));
  const edits = written.flatMap((w, i) => {
    const row = rows[i];
    return row ? [{ row, ...tagWordChange(w.before, w.after, row) }] : [];
  }).filter((e) => e.gained.length || e.lost.length);
  const packedLost = (e: (typeof edits)[number]) => {
    const packed = new Set(unpack(e.row));
    return e.lost.filter((w) => packed.has(w));
  };
  const live = await applyPostings(db.postings, edits.map((e) => ({ id: e.row.id, before: packedLost(e), after: e.gained })), POSTING_FROM);
  await db.search.bulkPut(edits.map(({ row, gained, lost }) => {
    const apart = new Set(live.get(row.id) ?? []);
    const gone = new Set(lost);
    const packed = [...unpack(row).filter((w) => !gone.has(w)), ...gained.filter((w) => !apart.has(w))];
    const { packed: _old, ...rest } = row;
    return { ...rest, words: [...row.words.filter((w) => !gone.has(w)), ...apart], ...(packed.length ? { packed: packed.join(' ') } : {}) };
  }));
}
