// What two devices' versions of one clipping become when both changed it before they synced (CouchDB keeps
// both as conflicting revisions): the rules imports use, so that no highlight or note is ever lost —
// - the content of the later save (a full text over a link-only one);
// - tags: the union; notes: both (one kept when it contains the other);
// - highlights: the union by id, the later edit of the same highlight winning; state and progress from
//   the version changed last (`updatedAt`).
// A single field keeps one value; the versions that lost stay reachable as CouchDB's "deleted conflicts"
// with their content (utils/sync/apply.ts): `GET /db/<id>?open_revs=all` lists them.
import { mergeClippings } from '../clippings/store';
import type { Clipping } from '../clippings/types';

type Version = Omit<Clipping, 'id'>;

const changedAt = (v: Version): number => v.updatedAt ?? v.savedAt;

/** The versions from the one changed first to the one changed last (ties in a fixed order). */
function byChange<V extends Version>(versions: readonly V[]): V[] {
  return [...versions].sort((a, b) => changedAt(a) - changedAt(b) || JSON.stringify(fieldsOf(a)).localeCompare(JSON.stringify(fieldsOf(b))));
}

/** A version's clipping fields (CouchDB's own `_id`, `_rev`… aside), as the order of versions compares them. */
const fieldsOf = (v: Version): Version => Object.fromEntries(Object.entries(v).filter(([k]) => !k.startsWith('_'))) as Version;

/** One clipping from every version of it; the order of the versions does not change the result. */
export function mergeVersions(versions: readonly Version[]): Version {
  return byChange(versions).reduce((merged, next) => mergeTwo(merged, next));
}

/** The version changed last: the one whose state and progress `mergeVersions` keeps. */
export function lastChanged<V extends Version>(versions: readonly V[]): V {
  return byChange(versions).at(-1)!;
}

/** A single value the merge of versions chose, the others' left on the server: what a reader would want told. */
export type MergeChoice = 'state' | 'content' | 'highlight';

/**
 * Which single values differed between the versions of one clipping, so the merge kept one of them: the reading
 * state, the article's content (a text saved again), a highlight edited on both (its note or colour). Tags and
 * the clipping's notes are joined, and new highlights added, so they choose nothing.
 */
export function choicesMade(versions: readonly Version[]): MergeChoice[] {
  const differ = (value: (v: Version) => unknown) => new Set(versions.map((v) => JSON.stringify(value(v)))).size > 1;
  const edits = new Map<string, Set<string>>();
  for (const h of versions.flatMap((v) => v.highlights)) edits.set(h.id, (edits.get(h.id) ?? new Set()).add(JSON.stringify([h.note, h.color])));
  return [
    ...(differ((v) => v.state) ? ['state' as const] : []),
    ...(differ((v) => [v.title, v.text]) ? ['content' as const] : []),
    ...([...edits.values()].some((kinds) => kinds.size > 1) ? ['highlight' as const] : []),
  ];
}

/** Two versions as an import merges them (utils/clippings/store.ts mergeClippings), without the local id. */
function mergeTwo(older: Version, newer: Version): Version {
  const { id: _id, ...merged } = mergeClippings({ ...older, id: 0 }, { ...newer, id: 0 });
  return merged;
}
