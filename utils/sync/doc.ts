// How a clipping travels: one CouchDB document per clipping, named after its key (the normalised URL),
// so the same article saved on two devices is one document, never twins. The local id stays local.
import type { Clipping } from '../clippings/types';

export const DOC_PREFIX = 'clip-';

/** A replicated clipping: every field but the local id. */
export type ClippingDoc = Omit<Clipping, 'id'> & { _id: string; _rev?: string; _deleted?: boolean; type: 'clipping' };

/**
 * The document id of a clipping key: a SHA-256 of the key, because keys of selections hold whole
 * passages and document ids travel in URLs.
 */
export async function docIdOf(key: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key));
  return DOC_PREFIX + [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The document for a clipping (the caller adds `_rev` when it updates one). */
export async function toDoc(clipping: Clipping): Promise<ClippingDoc> {
  const { id: _local, ...fields } = clipping;
  return { ...fields, _id: await docIdOf(clipping.key), type: 'clipping' };
}

/** The clipping fields a document holds, without CouchDB's own fields (the caller gives the local id). */
export function fromDoc(doc: ClippingDoc & { _conflicts?: string[] }): Omit<Clipping, 'id'> {
  const { _id, _rev, _deleted, _conflicts, type, ...fields } = doc;
  return fields;
}

export function isClippingDoc(doc: unknown): doc is ClippingDoc {
  const d = doc as Partial<ClippingDoc> | null;
  return !!d && typeof d._id === 'string' && d._id.startsWith(DOC_PREFIX) && d.type === 'clipping' && typeof d.key === 'string';
}
