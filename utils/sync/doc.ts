// How a clipping travels: one CouchDB document per clipping, named after its key (the normalised URL),
// so the same article saved on two devices is one document, never twins. The local id stays local.
import type { Clipping } from '../clippings/types';

export const DOC_PREFIX = 'clip-';

/** A clipping's replicated fields: all but the local id and the edition-free key (an index field each device computes from the key). */
export type ClippingFields = Omit<Clipping, 'id' | 'editionKey'>;

/** A replicated clipping. */
export type ClippingDoc = ClippingFields & { _id: string; _rev?: string; _deleted?: boolean; type: 'clipping' };

/** The fields of a stored clipping that travel: a device that never had `editionKey` (schema v4) sends the same document. */
export const docFields = ({ id: _local, editionKey: _computed, ...fields }: Clipping): ClippingFields => fields;

/**
 * The document id of a clipping key: a SHA-256 of the key, because keys of selections hold whole
 * passages and document ids travel in URLs.
 */
export async function docIdOf(key: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key));
  return DOC_PREFIX + [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
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
