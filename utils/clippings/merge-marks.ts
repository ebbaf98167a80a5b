import type { Clipping, ClippingMarks, Highlight } from './types';

/**
 * The marks of one clipping from two records of it (an import meeting the library): every highlight
 * of both (the same id: the later edit), state and progress from the record changed last, and the
 * text from a full record over a link-only one.
 */
export function mergeMarks(existing: Clipping, incoming: Clipping): ClippingMarks {
  const byId = new Map<string, Highlight>();
  for (const h of [...existing.highlights, ...incoming.highlights]) {
    const seen = byId.get(h.id);
    if (!seen || h.updatedAt > seen.updatedAt) byId.set(h.id, h);
  }
  const highlights = [...byId.values()].sort((a, b) => a.position.start - b.position.start || a.createdAt - b.createdAt);
  const later = incoming.updatedAt > existing.updatedAt ? incoming : existing;
  return {
    state: later.state,
    progress: later.progress,
    highlights,
    highlightCount: highlights.length,
    linkOnly: existing.linkOnly && incoming.linkOnly,
    source: existing.source,
    updatedAt: Math.max(existing.updatedAt, incoming.updatedAt),
  };
}

/** Of two records of a clipping, the one whose content is kept: the newer save, unless only the older has text. */
export function contentSource(existing: Clipping, incoming: Clipping): Clipping {
  const newer = incoming.savedAt > existing.savedAt ? incoming : existing;
  const older = newer === incoming ? existing : incoming;
  return newer.linkOnly && !older.linkOnly ? older : newer;
}
