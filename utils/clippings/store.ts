// The clippings store: save, edit, delete, import and their merge rules, each one transaction. A little over
// 200 lines because the import's chunked merge (importClippings) reads best whole, beside the saves it mirrors.
import { clippingIndex, indexMany, indexOne, unindex, type ClippingsDb, type IndexEntry } from './db';
import { invalidField, invalidForReader, missingClipping, toStoreError } from './errors';
import { contentSource, mergeMarks } from './merge-marks';
import { defaultMarks, type Clipping, type ClippingDraft, type SaveOutcome } from './types';
import { normaliseUrl } from './url-key';
import { editionKey, editionKeyOf } from './edition-key';
import { validateDraft, validateNote } from './validate';

/** The clipping's identity: its canonical URL, plus the passage for a selection. */
export function clippingKey(draft: Pick<ClippingDraft, 'kind' | 'canonicalUrl' | 'text'>): string {
  const url = normaliseUrl(draft.canonicalUrl);
  return draft.kind === 'article' ? url : `${url}#selection:${draft.text.replace(/\s+/g, ' ').trim()}`;
}

/**
 * The article a page is stored as: the clipping under its canonical URL's key (how saves key it), its own
 * address's (a link imported from Pocket or Instapaper keeps the address the reader kept there, which the
 * page's canonical URL may not be), or another edition of either (http, m., AMP…): one look-up of the two
 * addresses' edition-free keys in the `editionKey` index; `pickArticle` chooses when there are several.
 */
export async function findArticle(db: ClippingsDb, url: string, canonicalUrl = url): Promise<Clipping | undefined> {
  const exact = [normaliseUrl(canonicalUrl || url), normaliseUrl(url)];
  const editions = [...new Set([editionKey(canonicalUrl || url), editionKey(url)])];
  return pickArticle(await db.clippings.where('editionKey').anyOf(editions).toArray(), exact);
}

/**
 * Of the clippings a page matches, the one a save fills in or updates: one that already holds an article before
 * a link (filling the link in would make a twin of it), then the one under the exact key (the canonical URL's,
 * then the address's) before another edition's, then the one saved first, then the lower id. The others stay as they are.
 */
export function pickArticle(found: readonly Clipping[], exact: readonly string[]): Clipping | undefined {
  const rank = (c: Clipping) => (exact.includes(c.key) ? exact.indexOf(c.key) : exact.length);
  return [...found].sort((a, b) => Number(a.linkOnly) - Number(b.linkOnly) || rank(a) - rank(b) || a.savedAt - b.savedAt || a.id - b.id)[0];
}

/**
 * The ids of the clippings stored under any of `keys`, by key (`index`: the key, or the edition-free key, where
 * the last id of a story is given): a cursor over the index that jumps from each key asked for to the next, so it
 * steps over the matches and the gaps between them, never the whole library (reading all 30,000 keys to match a
 * 20,000-row import was 1.7–3 s of it under load).
 */
export async function idsByKey(db: ClippingsDb, keys: Iterable<string>, index: 'key' | 'editionKey' = 'key'): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  const wanted = [...new Set(keys)];
  if (wanted.length) await db.clippings.where(index).anyOf(wanted).eachKey((key, cursor) => void found.set(key as string, cursor.primaryKey as number));
  return found;
}

/**
 * The clipping each story (edition-free key) is kept as in the library, for another app's items: of several
 * clippings of one story, the one `pickArticle` chooses (an article before a link, then the one saved first).
 */
async function clippingsByStory(db: ClippingsDb, editions: readonly string[]): Promise<Map<string, Clipping>> {
  const found = new Map<string, Clipping[]>();
  if (editions.length) {
    await db.clippings.where('editionKey').anyOf([...new Set(editions)]).each((c) => {
      const story = found.get(c.editionKey!);
      if (story) story.push(c);
      else found.set(c.editionKey!, [c]);
    });
  }
  return new Map([...found].map(([edition, clippings]) => [edition, pickArticle(clippings, [])!]));
}

/**
 * Saves a clipping atomically: a clipping with the same key is updated (keeping its tags, note and
 * marks), otherwise a new one is added; its search-index row is written in the same transaction.
 * IndexedDB serialises read-write transactions on the table, so concurrent saves never overwrite each other.
 */
export async function saveClipping(db: ClippingsDb, input: unknown, now = Date.now()): Promise<SaveOutcome> {
  const draft = validateDraft(input);
  try {
    return await db.transaction('rw', [db.clippings, db.search, db.postings], () => storeDraft(db, draft, now));
  } catch (error) {
    throw toStoreError(error);
  }
}

/** The body of a save, inside the caller's transaction on clippings, search and postings. */
export async function storeDraft(db: ClippingsDb, draft: ClippingDraft, now: number): Promise<SaveOutcome> {
  const key = clippingKey(draft);
  const existing = draft.kind === 'article' ? await findArticle(db, draft.url, draft.canonicalUrl) : await db.clippings.where('key').equals(key).first();
  if (existing) {
    // A link-only clipping (imported from another app) is filled in: it keeps the date it was saved there,
    // as it keeps its tags, note, state, highlights, source and key (sync knows it by its key), and the words that
    // app kept with the link (Instapaper's Selection) over the page's own summary.
    const savedAt = existing.linkOnly ? existing.savedAt : now;
    const filled = existing.linkOnly && existing.excerpt ? { ...draft, excerpt: existing.excerpt } : draft;
    await db.clippings.update(existing.id, { ...filled, key: existing.key, savedAt, linkOnly: false, updatedAt: now });
    await indexOne(db, existing.id, clippingIndex({ ...existing, ...filled }));
    return { id: existing.id, updated: true };
  }
  const id = await db.clippings.add({ ...draft, key, savedAt: now, tags: [], note: '', ...defaultMarks(now) });
  await indexOne(db, id, clippingIndex({ ...draft, tags: [], note: '' }));
  return { id, updated: false };
}

/** The most tags a clipping holds. */
export const MAX_TAGS = 30;
const MAX_TAG_CHARS = 40;

const singleSpaced = (raw: string) => raw.replace(/[,\s]+/g, ' ').trim();

/** A tag as stored: trimmed, single-spaced, no commas, at most 40 characters ('' when nothing is left). */
export const normaliseTag = (raw: string) => singleSpaced(raw).slice(0, MAX_TAG_CHARS).trim();

/** A tag the store would cut: the library's forms say so and keep it unsaved, so a reader never gets another tag than typed. */
export const tagTooLong = (raw: string) => singleSpaced(raw).length > MAX_TAG_CHARS;

/** Tags as stored: each normalised, no twins ignoring case, at most MAX_TAGS. */
function normaliseTags(value: unknown): string[] {
  if (!Array.isArray(value)) throw invalidField('tags');
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of value) {
    if (typeof raw !== 'string') throw invalidField('tags');
    const tag = normaliseTag(raw);
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return tags.slice(0, MAX_TAGS);
}

/** Edits a clipping's tags and/or note (what the library lets a reader change), reindexing it. */
export async function updateClipping(db: ClippingsDb, id: unknown, changes: { tags?: unknown; note?: unknown }): Promise<Clipping> {
  if (typeof id !== 'number' || !Number.isInteger(id)) throw invalidField('id');
  const patch: Partial<Clipping> = {};
  if (changes.tags !== undefined) patch.tags = normaliseTags(changes.tags);
  if (changes.note !== undefined) patch.note = validateNote(changes.note);
  try {
    return await db.transaction('rw', [db.clippings, db.search, db.postings], async () => {
      const existing = await db.clippings.get(id);
      if (!existing) throw missingClipping(id);
      const next = { ...existing, ...patch, updatedAt: Date.now() };
      await db.clippings.put(next);
      await indexOne(db, id, clippingIndex(next));
      return next;
    });
  } catch (error) {
    throw toStoreError(error);
  }
}

/** Deletes clippings with their index rows, in one transaction; returns what was deleted (for undo). */
export async function deleteClippings(db: ClippingsDb, ids: unknown): Promise<Clipping[]> {
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'number' && Number.isInteger(id))) {
    throw invalidField('ids');
  }
  try {
    return await db.transaction('rw', [db.clippings, db.search, db.postings], async () => {
      const found = (await db.clippings.bulkGet(ids as number[])).filter((c): c is Clipping => c !== undefined);
      const gone = found.map((c) => c.id);
      await db.clippings.bulkDelete(gone);
      await unindex(db, gone);
      return found;
    });
  } catch (error) {
    throw toStoreError(error);
  }
}

export interface ImportOutcome {
  /** New clippings. */
  added: number;
  /** Clippings that existed (same key) and gained something from the import. */
  merged: number;
  /** Clippings that existed and the import had nothing new for. */
  unchanged: number;
}

/** Records written per step (each waits for its generated ids). 1,000 was tried: faster in a probe, slower in two bench pairs. */
export const IMPORT_CHUNK = 250;

/** A clipping from another app's export: no id of ours yet. */
export type NewClipping = Omit<Clipping, 'id'> & { id?: undefined };

/**
 * Merges clippings (already validated, e.g. by `parseBackup`) into the library in ONE transaction:
 * either all of them are in, or, on any failure, none. Same key → one clipping, made by `merge` (for a
 * backup: the newer content, the union of the tags, both notes); nothing that existed is lost. A free id
 * is kept (so a backup restored into an empty library is identical); a taken one, or none, gets a new id.
 */
export async function importClippings(
  db: ClippingsDb,
  records: ReadonlyArray<Clipping | NewClipping>,
  onProgress?: (done: number, total: number) => void,
  merge: (existing: Clipping, incoming: Clipping) => Clipping = mergeClippings,
  lap: (phase: string) => void = () => undefined,
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { added: 0, merged: 0, unchanged: 0 };
  try {
    await db.transaction('rw', [db.clippings, db.search, db.postings], async () => {
      const rows: Array<{ id: number } & IndexEntry> = [];
      // The ids of the keys this import can land on (its records' stored and computed keys), and every id taken
      // (the primary keys: one request).
      const computed = records.map((r) => clippingKey(r));
      const keyToId = await idsByKey(db, records.flatMap((r, i) => (r.key ? [r.key, computed[i]!] : [computed[i]!])));
      // Another app's items (no key of ours) not in the library under their own key: the story's key in it, if any.
      const stories = records.map((r, i) => (r.key || keyToId.has(computed[i]!) ? undefined : editionKeyOf({ kind: r.kind, key: computed[i]! })));
      const storyKeys = new Map<string, string>();
      for (const [story, c] of await clippingsByStory(db, stories.filter((e): e is string => e !== undefined))) {
        storyKeys.set(story, c.key);
        keyToId.set(c.key, c.id);
      }
      const takenIds = new Set((await db.clippings.toCollection().primaryKeys()) as number[]);
      lap('library keys');
      // Ids no clipping had before this import: they have no index row to replace.
      const fresh = new Set<number>();
      for (let start = 0; start < records.length; start += IMPORT_CHUNK) {
        const chunk = new Map<string, Clipping | NewClipping>();
        for (let i = start; i < Math.min(start + IMPORT_CHUNK, records.length); i++) {
          const record = records[i]!;
          const key = importKey(record, computed[i]!, keyToId, stories[i], storyKeys);
          const twin = chunk.get(key);
          if (twin) outcome.merged++;
          chunk.set(key, twin ? merge(twin as Clipping, record as Clipping) : { ...record, key });
        }
        const matched = [...chunk.keys()].map((k) => keyToId.get(k)).filter((id): id is number => id !== undefined);
        lap('keys and merges');
        const existing = matched.length ? (await db.clippings.bulkGet(matched)).filter((c): c is Clipping => c !== undefined) : [];
        lap('read the clippings matched');
        const { keepId, newId } = placeChunk(chunk, new Map(existing.map((c) => [c.key, c])), takenIds, merge, outcome);
        // Kept ids first: a generated id is then above every id this chunk keeps, never on top of one.
        // The writes run in the database while this thread finds the chunk's words.
        const writes = db.clippings.bulkPut(keepId).then(() => db.clippings.bulkAdd(newId as Clipping[], { allKeys: true }));
        const keptWords = keepId.map(clippingIndex);
        const newWords = newId.map((c) => clippingIndex(c));
        lap('words');
        const generated = await writes;
        lap('write clippings (and sync outbox)');
        keepId.forEach((c, i) => rows.push({ id: c.id, ...keptWords[i]! }));
        newId.forEach((c, i) => rows.push({ id: generated[i]!, ...newWords[i]! }));
        for (const c of [...keepId, ...newId.map((c, i) => ({ ...c, id: generated[i]! }))]) {
          if (!keyToId.has(c.key)) fresh.add(c.id);
          keyToId.set(c.key, c.id);
          takenIds.add(c.id);
        }
        onProgress?.(Math.min(start + IMPORT_CHUNK, records.length), records.length);
        lap('keys and merges');
      }
      // The word index for all of them at once: one read and one write per (word, bucket) touched.
      await indexMany(db, rows, fresh, lap);
      lap('search index');
    });
    lap('commit');
  } catch (error) {
    throw toStoreError(error);
  }
  return outcome;
}

/**
 * How each record of an import chunk (its twins merged) is written: merged into the clipping that has its key, kept
 * under its own id when no clipping has that id, or given a new one. Counts them in `outcome`; `taken` gains the ids kept.
 */
function placeChunk(
  chunk: ReadonlyMap<string, Clipping | NewClipping>,
  byKey: ReadonlyMap<string, Clipping>,
  taken: Set<number>,
  merge: (existing: Clipping, incoming: Clipping) => Clipping,
  outcome: ImportOutcome,
): { keepId: Clipping[]; newId: Array<Omit<Clipping, 'id'>> } {
  const keepId: Clipping[] = [];
  const newId: Array<Omit<Clipping, 'id'>> = [];
  for (const [key, record] of chunk) {
    const old = byKey.get(key);
    if (old) {
      const merged = merge(old, record as Clipping);
      if (sameClipping(merged, old)) outcome.unchanged++;
      else {
        keepId.push(merged);
        outcome.merged++;
      }
    } else {
      outcome.added++;
      if (record.id === undefined || taken.has(record.id)) {
        const { id: _dropped, ...rest } = record;
        newId.push(rest);
      } else {
        taken.add(record.id);
        keepId.push(record as Clipping);
      }
    }
  }
  return { keepId, newId };
}

/**
 * The key an imported record goes under: the one it was stored with (a backup's; a filled-in link keeps
 * the address it was imported with, not its canonical URL's), or, when the library knows that key only
 * as the record's URL normalises today, that one. A record with none (another app's item) goes under its
 * URL's key when the library has it, else under the key of the library's clipping of the same story or of
 * the import's first item of it (`stories`: edition-free key → key, filled here), else its own.
 * `computed`: the record's key as its URL normalises today (clippingKey).
 */
function importKey(record: Clipping | NewClipping, computed: string, known: ReadonlyMap<string, number>, story: string | undefined, stories: Map<string, string>): string {
  if (record.key && known.has(record.key)) return record.key;
  if (record.key) return known.has(computed) ? computed : record.key;
  if (story === undefined || known.has(computed)) return computed;
  if (!stories.has(story)) stories.set(story, computed);
  return stories.get(story)!;
}

/** One clipping from two with the same key: the newer content, all tags, both notes, all marks, the older id. */
export function mergeClippings(existing: Clipping, incoming: Clipping): Clipping {
  const newer = contentSource(existing, incoming);
  const tags = [...existing.tags];
  const lower = new Set(tags.map((t) => t.toLowerCase()));
  for (const tag of incoming.tags) if (!lower.has(tag.toLowerCase())) (lower.add(tag.toLowerCase()), tags.push(tag));
  const note = !incoming.note.trim() || existing.note.includes(incoming.note) ? existing.note
    : !existing.note.trim() || incoming.note.includes(existing.note) ? incoming.note
    : `${existing.note}\n\n${incoming.note}`;
  return { ...newer, id: existing.id, key: existing.key, savedAt: Math.max(existing.savedAt, incoming.savedAt), tags, note, ...mergeMarks(existing, incoming) };
}

function sameClipping(a: Clipping, b: Clipping): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Clipping>;
  for (const k of keys) if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) return false;
  return true;
}
