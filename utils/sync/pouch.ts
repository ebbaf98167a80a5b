// The part of PouchDB's API the sync uses, typed here: @types/pouchdb-core declares a global `Buffer`
// that breaks Node's own types in this project. Runtime is PouchDB itself (utils/sync/pouchdb.ts).
import type { ClippingDoc } from './doc';

/** A revision's ancestry, newest first (`revs: true`), as the replicator sends it with `new_edits: false`. */
export interface Revisions { start: number; ids: string[] }
export interface Leaf { ok?: ClippingDoc & { _revisions?: Revisions }; missing?: string }
export type WriteResult = { ok: true; id: string; rev: string } | { error: string; id?: string; reason?: string; status?: number; name?: string };
export interface ReplicationResult { docs_written: number; doc_write_failures: number; errors: unknown[] }
export interface ChangesPage { results: Array<{ id: string; seq: string | number; doc?: ClippingDoc & { _conflicts?: string[] } }>; last_seq: string | number }

/** Which of these revisions of these documents the database lacks (the replicator's revs_diff). */
export type RevsDiff = (asked: Record<string, string[]>) => Promise<Record<string, { missing: string[] }>>;

export interface Mirror {
  allDocs(options: { keys: string[]; include_docs?: true }): Promise<{ rows: Array<{ key: string; value?: { rev: string; deleted?: boolean }; doc?: ClippingDoc | null; error?: string }> }>;
  bulkDocs(docs: Array<Partial<ClippingDoc> & { _id: string }>): Promise<WriteResult[]>;
  changes(options: { since: string | number; include_docs?: true; conflicts?: true; limit: number }): Promise<ChangesPage>;
  get(id: string, options: { open_revs: string[]; revs?: true }): Promise<Leaf[]>;
  info(): Promise<{ doc_count: number; update_seq: string | number }>;
  revsDiff: RevsDiff;
  destroy(): Promise<unknown>;
  replicate: {
    to(remote: Remote, options: { batch_size: number; since?: string | number }): Promise<ReplicationResult>;
    from(remote: Remote, options: { batch_size: number }): Promise<ReplicationResult>;
  };
}

/** The server's database, as PouchDB's HTTP adapter reaches it. */
export interface Remote {
  info(): Promise<{ doc_count: number; update_seq: string | number } | { error: string; reason?: string }>;
  /** As the replicator writes (`new_edits: false`); utils/sync/refusals.ts wraps it. */
  bulkDocs(body: { docs: Array<{ _id: string }>; new_edits?: boolean }, options?: unknown): Promise<WriteResult[]>;
}
