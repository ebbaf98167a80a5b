// What two devices' versions of one clipping become when both changed it before they synced (CouchDB keeps
// both as conflicting revisions). Rules, so that no highlight or note is ever lost:
// - everything else (content, title, state, reading progress): the version changed last (`updatedAt`, else `savedAt`);
// - tags: the union; notes: both (one kept when it contains the other), as imports merge them;
// - highlights: the union by id, the later edit of the same highlight winning.
import { mergeClippings } from '../clippings/store';
import type { Clipping } from '../clippings/types';

type Version = Omit<Clipping, 'id'>;

const changedAt = (v: Version): number => (v as { updatedAt?: number }).updatedAt ?? v.savedAt;

/** One clipping from every version of it; the order of the versions does not change the result. */
export function mergeVersions(versions: readonly Version[]): Version {
  const ordered = [...versions].sort((a, b) => changedAt(a) - changedAt(b) || JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return ordered.reduce((merged, next) => mergeTwo(merged, next));
}

/** The newer version, with both versions' tags and notes (merged as imports merge them) and highlights. */
function mergeTwo(older: Version, newer: Version): Version {
  const { tags, note } = mergeClippings({ ...older, id: 0 }, { ...newer, id: 0 });
  return { ...newer, savedAt: Math.max(older.savedAt, newer.savedAt), tags, note, ...mergeHighlights(older, newer) };
}

interface WithHighlights { highlights?: Array<{ id: string; updatedAt: number }>; highlightCount?: number }

function mergeHighlights(older: Version, newer: Version): WithHighlights | null {
  const a = (older as WithHighlights).highlights;
  const b = (newer as WithHighlights).highlights;
  if (!a && !b) return null;
  const byId = new Map<string, { id: string; updatedAt: number }>();
  for (const h of [...(a ?? []), ...(b ?? [])]) {
    const seen = byId.get(h.id);
    if (!seen || h.updatedAt >= seen.updatedAt) byId.set(h.id, h);
  }
  const highlights = [...byId.values()];
  return { highlights, highlightCount: highlights.length };
}
