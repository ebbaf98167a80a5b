// What two devices' versions of one clipping become when both changed it before they synced (CouchDB keeps
// both as conflicting revisions): the rules imports use, so that no highlight or note is ever lost —
// - the content of the later save (a full text over a link-only one);
// - tags: the union; notes: both (one kept when it contains the other);
// - highlights: the union by id, the later edit of the same highlight winning; state and progress from
//   the version changed last (`updatedAt`).
import { mergeClippings } from '../clippings/store';
import type { Clipping } from '../clippings/types';

type Version = Omit<Clipping, 'id'>;

const changedAt = (v: Version): number => v.updatedAt ?? v.savedAt;

/** One clipping from every version of it; the order of the versions does not change the result. */
export function mergeVersions(versions: readonly Version[]): Version {
  const ordered = [...versions].sort((a, b) => changedAt(a) - changedAt(b) || JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return ordered.reduce((merged, next) => mergeTwo(merged, next));
}

/** Two versions as an import merges them (utils/clippings/store.ts mergeClippings), without the local id. */
function mergeTwo(older: Version, newer: Version): Version {
  const { id: _id, ...merged } = mergeClippings({ ...older, id: 0 }, { ...newer, id: 0 });
  return merged;
}
