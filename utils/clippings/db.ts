import Dexie, { type DBCore, type DBCoreMutateRequest, type EntityTable, type Middleware, type Transaction } from 'dexie';
import { quoteReader } from '../highlights/readable-quote';
import { editionKeyOf } from './edition-key';
import { applyPostings, packedIdsWithPrefix, packedIdsWithWord, type PostingRow, type PostingsTable } from './postings';
import { splitField, wordsOfFields, type SplitField } from './search-index';
import { pairSignature, pairsOfFields } from './word-pairs';
import { SORT_KEYS, sortKeysMiddleware, type SortKeyRow } from './sort-keys';
import { defaultMarks, type Clipping, type Highlight } from './types';
import type { BaseRow, StateRow } from '../sync/engine';
import { outboxMiddleware, type OutboxRow } from '../sync/outbox';

export const DB_NAME = 'clean-reader';

/**
 * A clipping's row in the search index. `words` (multi-entry index) holds the words of clippings saved
 * or edited one at a time: one request per save. `packed` lists the words of clippings indexed in bulk
 * (imports, migrations), whose ids sit in the `postings` rows instead; such a clipping edited later (a
 * highlight) has its new words in `words`, the two lists never sharing a word.
 */
export interface SearchRow {
  id: number;
  words: string[];
  /** Space-separated (one string clones far faster than hundreds). */
  packed?: string;
  /**
   * Which words follow which in the clipping's phrase fields (utils/clippings/word-pairs.ts), so that a quoted phrase
   * rules a candidate out without reading its text. Rows indexed before schema v6 lacked it (their text is read).
   */
  pairs?: Uint8Array;
}

/** A search row's packed words (those whose ids are in the posting rows). */
export const unpack = (row: SearchRow | undefined): string[] => (row?.packed ? row.packed.split(' ') : []);

export type Searchable = Pick<Clipping, 'title' | 'byline' | 'siteName' | 'text' | 'note' | 'tags'> & { highlights?: readonly Highlight[] };

/**
 * A clipping's searchable fields folded and split once: all of them (for its words: title, byline, site, text, note,
 * tags, each highlight's quote and note, in that order), and its phrase fields (for its pairs), taken from
 * `phraseFields` so the pairs are always of the very fields a phrase is checked in (a field missing from them would
 * rule out a clipping that holds the phrase).
 */
function splitSearchable(clipping: Searchable): { all: Array<SplitField | null>; phrased: Array<SplitField | null> } {
  const phrased = phraseFields(clipping).map(splitField);
  const [title, text, note, ...markNotes] = phrased;
  const [byline, siteName, tags] = [clipping.byline, clipping.siteName, clipping.tags.join(' ')].map(splitField);
  const readable = quoteReader(clipping.text);
  const marks = (clipping.highlights ?? []).flatMap((h, i) => [splitField(readable(h)), markNotes[i] ?? null]);
  return { all: [title!, byline!, siteName!, text!, note!, tags!, ...marks], phrased };
}

/** Every searchable field of a clipping as text (where a word of its index may come from): `splitSearchable`'s fields. */
export function searchableTexts(clipping: Searchable): string[] {
  const readable = quoteReader(clipping.text);
  const marks = (clipping.highlights ?? []).map((h) => readable(h));
  return [...phraseFields(clipping), clipping.byline ?? '', clipping.siteName ?? '', clipping.tags.join(' '), ...marks];
}

/** The fields a quoted phrase is looked for in: the title, the text, the note and the highlights' notes. */
export function phraseFields(clipping: Pick<Clipping, 'title' | 'text' | 'note'> & { highlights?: readonly Highlight[] }): string[] {
  return [clipping.title, clipping.text, clipping.note, ...(clipping.highlights ?? []).map((h) => h.note)];
}

/** What the search index holds of one clipping: its words, and the pairs of words in a row of its phrase fields. */
export interface IndexEntry {
  words: string[];
  /** Absent (rows written before schema v6): a phrase search reads the clipping's text. */
  pairs?: Uint8Array;
}

/**
 * A clipping's index entry, in one place for saves, edits, imports, sync and migrations: each field folded and split
 * once for both (the phrase fields, `phraseFields`, are the title, the text, the note and the highlights' notes).
 */
export function clippingIndex(clipping: Searchable): IndexEntry {
  const { all, phrased } = splitSearchable(clipping);
  const words = wordsOfFields(all);
  return worthPairs(phraseFields(clipping)) ? { words, pairs: pairsOfFields(phrased) } : { words };
}

/** The word pairs of a clipping whose phrase fields are long enough to be worth them (`worthPairs`), else none. */
export function clippingPairs(clipping: Pick<Clipping, 'title' | 'text' | 'note'> & { highlights?: readonly Highlight[] }): Uint8Array | undefined {
  const fields = phraseFields(clipping);
  return worthPairs(fields) ? pairSignature(fields) : undefined;
}

/**
 * Below PAIRS_FROM characters of phrase fields (a link's title, a short selection) a clipping's record is about as
 * small as its search row, and reading it costs the same (~50 us a read: per request, not per byte, at these sizes):
 * such rows hold no pairs, and a phrase reads the record. Imports of links (20,000 Pocket titles) so write none.
 */
const worthPairs = (fields: ReadonlyArray<string | null | undefined>) => fields.reduce((sum, f) => sum + (f?.length ?? 0), 0) >= PAIRS_FROM;
const PAIRS_FROM = 400;

export const SCHEMA_V1 = { clippings: '++id, &key, savedAt, publishedTime, title, siteName, kind, *tags' };
/** v2: the full-text index (see SearchRow and utils/clippings/postings.ts). */
export const SCHEMA_V2 = { search: 'id, *words', postings: '[bucket+word], word' };
/** v3: highlights, reading progress and state (issue #12); new indexes for the library's filters and sorts. */
export const SCHEMA_V3 = { clippings: `${SCHEMA_V1.clippings}, state, highlightCount, updatedAt` };
/** v4: sync bookkeeping (utils/sync): local changes not yet pushed, the revision each clipping last agreed with, cursors. */
export const SCHEMA_V4 = { syncOutbox: 'key', syncBase: 'key, docId', syncState: 'name' };
/**
 * v5: the edition-free key of each article (utils/clippings/edition-key.ts), so a page finds the link another app
 * kept under another edition of its address in one index look-up. Selections have none: not in the index.
 */
export const SCHEMA_V5 = { clippings: `${SCHEMA_V3.clippings}, editionKey` };
/**
 * v6: search rows gain their clipping's word pairs (SearchRow.pairs). The rows of a library upgraded from v5 are filled
 * in the background, a chunk at a time (utils/clippings/fill-pairs.ts), from the id `meta` keeps under
 * WORD_PAIRS_FROM: reading every text at the upgrade held the database 15 s at 30,000 clippings (load ~17).
 */
export const SCHEMA_V6 = { meta: 'name' };
/** The `meta` row of the id the word pairs are filled after (none: nothing to fill). */
export const WORD_PAIRS_FROM = 'wordPairsFrom';
/**
 * v7: every clipping's `savedAt` in bulk rows (utils/clippings/sort-keys.ts), which a middleware keeps in step with every
 * write to the clippings. A library upgraded from v6 has them filled in the background from the id `meta` keeps under
 * SORT_KEYS_FROM (utils/clippings/fill-pairs.ts), not in the upgrade: the first page is not held by it.
 */
export const SCHEMA_V7 = { [SORT_KEYS]: 'bucket' };
/** The `meta` row of the id the sort keys are filled after (none: every clipping has its key in the rows). */
export const SORT_KEYS_FROM = 'sortKeysFrom';

/** A value the database keeps about itself. */
export interface MetaRow {
  name: string;
  value: number;
}
/** The clippings database. Each schema change is a new version with its migration; never edit an old one. */
export class ClippingsDb extends Dexie {
  clippings!: EntityTable<Clipping, 'id'>;
  search!: EntityTable<SearchRow, 'id'>;
  postings!: PostingsTable;
  syncOutbox!: EntityTable<OutboxRow, 'key'>;
  syncBase!: EntityTable<BaseRow, 'key'>;
  syncState!: EntityTable<StateRow, 'name'>;
  meta!: EntityTable<MetaRow, 'name'>;
  sortKeys!: EntityTable<SortKeyRow, 'bucket'>;

  /**
   * `capture`: every write to clippings also queues it for sync (utils/sync/outbox.ts), in the same
   * transaction. Off only for the sync engine's own connection, which writes what came from the server.
   * `factory`: the IndexedDB to open with, Dexie's default without one (the extension's contexts pass
   * utils/browser/library-mark.ts's `noticingIndexedDb`, which notices a lost library).
   */
  constructor(name = DB_NAME, { capture = true, factory }: { capture?: boolean; factory?: IDBFactory } = {}) {
    super(name, factory ? { indexedDB: factory } : {});
    this.version(1).stores(SCHEMA_V1);
    // v2: the full-text search index, filled for the clippings saved under v1.
    this.version(2).stores(SCHEMA_V2).upgrade(fillSearchIndex);
    // v3: every clipping gains its marks (unread, no highlights); the search index is left as it is
    // (no highlight words yet), so the upgrade writes the clippings only.
    this.version(3).stores(SCHEMA_V3).upgrade(fillMarks);
    this.version(4).stores(SCHEMA_V4);
    // v5: every article gains its edition-free key (the middleware below writes it; the upgrade only rewrites the rows).
    this.version(5).stores(SCHEMA_V5).upgrade(fillEditionKeys);
    // v6: the rows of the search index written before lack their word pairs: filled later, from the first id on.
    this.version(6).stores(SCHEMA_V6).upgrade((tx) => tx.table<MetaRow, string>('meta').put({ name: WORD_PAIRS_FROM, value: 0 }));
    // v7: the clippings written before have no sort keys in the rows: filled later, from the first id on.
    this.version(7).stores(SCHEMA_V7).upgrade((tx) => tx.table<MetaRow, string>('meta').put({ name: SORT_KEYS_FROM, value: 0 }));
    this.use(editionKeyMiddleware());
    this.use(sortKeysMiddleware());
    if (capture) this.use(outboxMiddleware());
  }
}

type IndexTables = Pick<ClippingsDb, 'search' | 'postings'>;

/**
 * Indexes one clipping (a save, an edit). A clipping indexed in bulk keeps the packed words it still has
 * in the postings (taking them all out touched hundreds of posting rows: ~400 ms for a highlight on an
 * imported clipping); only the words it lost leave them, and the words it gained go to the multi-entry index.
 */
export async function indexOne(db: IndexTables, id: number, { words, pairs }: IndexEntry): Promise<void> {
  const old = await db.search.get(id);
  if (!old?.packed) return void (await db.search.put({ id, words, ...(pairs ? { pairs } : {}) }));
  const next = new Set(words);
  const packed = unpack(old);
  const gone = packed.filter((w) => !next.has(w));
  if (gone.length) await applyPostings(db.postings, [{ id, before: gone, after: [] }]);
  const kept = new Set(packed);
  const rest = packed.filter((w) => next.has(w));
  await db.search.put({ id, words: words.filter((w) => !kept.has(w)), ...(rest.length ? { packed: rest.join(' ') } : {}), ...(pairs ? { pairs } : {}) });
}

/** A word fewer clippings of a bucket than this gain in one import goes to the multi-entry index, not a posting row. */
export const POSTING_FROM = 3;

/**
 * Indexes many clippings at once (imports, migrations) through the posting rows, the rare words through
 * the multi-entry index (POSTING_FROM). `fresh` names ids known to have no index row yet (new clippings),
 * which are then not looked up.
 */
export async function indexMany(db: IndexTables, rows: Array<{ id: number } & IndexEntry>, fresh: ReadonlySet<number> = new Set(),
  lap: (phase: string) => void = () => undefined): Promise<void> {
  const lookUp = rows.filter((r) => !fresh.has(r.id)).map((r) => r.id);
  const old = new Map((await db.search.bulkGet(lookUp)).filter((r): r is SearchRow => r !== undefined).map((r) => [r.id, r]));
  lap('search index: read old rows');
  const live = await applyPostings(db.postings, rows.map((r) => ({ id: r.id, before: unpack(old.get(r.id)), after: r.words })), POSTING_FROM, lap);
  await db.search.bulkPut(rows.map((r) => {
    const words = live.get(r.id) ?? [];
    const apart = new Set(words);
    const packed = words.length ? r.words.filter((w) => !apart.has(w)) : r.words;
    return { id: r.id, words, ...(packed.length ? { packed: packed.join(' ') } : {}), ...(r.pairs ? { pairs: r.pairs } : {}) };
  }));
  lap('search index: write search rows');
}

/** Removes clippings from the index (inside the caller's transaction). */
export async function unindex(db: IndexTables, ids: number[]): Promise<void> {
  const rows = (await db.search.bulkGet(ids)).filter((r): r is SearchRow => r !== undefined);
  const packed = rows.filter((r) => r.packed).map((r) => ({ id: r.id, before: unpack(r), after: [] }));
  if (packed.length) await applyPostings(db.postings, packed);
  await db.search.bulkDelete(ids);
}

/** The ids of clippings holding `word`, from both halves of the index. */
export async function idsWithWord(db: IndexTables, word: string): Promise<number[]> {
  const [live, packed] = await Promise.all([db.search.where('words').equals(word).primaryKeys(), packedIdsWithWord(db.postings, word)]);
  return live.length ? packed.concat(live) : packed;
}

/** The ids of clippings holding a word starting with `prefix`, from both halves of the index. */
export async function idsWithPrefix(db: IndexTables, prefix: string): Promise<number[]> {
  const [live, packed] = await Promise.all([db.search.where('words').startsWith(prefix).primaryKeys(), packedIdsWithPrefix(db.postings, prefix)]);
  return [...new Set(packed.concat(live))];
}

async function fillSearchIndex(tx: Transaction): Promise<void> {
  const rows: Array<{ id: number } & IndexEntry> = [];
  await tx
    .table<Clipping, number>('clippings')
    .toCollection()
    .each((clipping) => {
      rows.push({ id: clipping.id, ...clippingIndex({ ...clipping, tags: clipping.tags ?? [], note: clipping.note ?? '' }) });
    });
  await indexMany({ search: tx.table<SearchRow, number>('search'), postings: tx.table<PostingRow, [number, string]>('postings') }, rows);
}

/**
 * Every clipping written, whoever writes it (a save, an import, a backup, sync's apply of a document from a peer
 * that never had the field, the v5 upgrade), gets its `editionKey` computed from its kind and key, in the same
 * request: the field is never taken from the row given, so it cannot be missing or stale.
 */
function editionKeyMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'edition-key',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'clippings') return table;
        return { ...table, mutate: (req: DBCoreMutateRequest) => table.mutate(req.type === 'add' || req.type === 'put' ? { ...req, values: req.values.map(withEditionKey) } : req) };
      },
    }),
  };
}

function withEditionKey(row: Clipping): Clipping {
  const { editionKey: _given, ...rest } = row;
  const editionKey = editionKeyOf(row);
  return editionKey === undefined ? rest : { ...rest, editionKey };
}

/** v4 rows have no edition-free key: each is written again unchanged, and the middleware adds it (computed once, there). */
async function fillEditionKeys(tx: Transaction): Promise<void> {
  await tx.table<Clipping, number>('clippings').toCollection().modify(() => undefined);
}

/** v2 rows have no marks: each gains the defaults, its content untouched. */
async function fillMarks(tx: Transaction): Promise<void> {
  await tx
    .table<Clipping, number>('clippings')
    .toCollection()
    .modify((clipping) => void Object.assign(clipping, defaultMarks(clipping.savedAt)));
}
