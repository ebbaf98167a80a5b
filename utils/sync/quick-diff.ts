// The mirror's side of a pull's revs_diff ("which of these revisions do you lack?"), answered from one read of
// the documents' current revisions instead of PouchDB's one IndexedDB transaction per document (each reading the
// whole stored document for its revision tree): 10,000 transactions in a first sync down, and 10,000 again when
// a sync up's pull reads the pushed documents back from the server. A document the mirror lacks lacks every
// revision asked; one whose current revision is the one asked lacks nothing; any other case (a conflict, an
// older revision) goes to PouchDB's own revsDiff, which reads its revision tree.
import type { Mirror, RevsDiff } from './pouch';

const quick = new WeakSet<Mirror>();

/** Makes the mirror answer revs_diff in one read where it can; same answers. Idempotent. */
export function quickRevsDiff(mirror: Mirror): Mirror {
  if (quick.has(mirror)) return mirror;
  quick.add(mirror);
  const exact: RevsDiff = mirror.revsDiff.bind(mirror);
  mirror.revsDiff = async (asked) => {
    const ids = Object.keys(asked);
    if (!ids.length) return {};
    const { rows } = await mirror.allDocs({ keys: ids });
    const missing: Awaited<ReturnType<RevsDiff>> = {};
    const unsure: Record<string, string[]> = {};
    rows.forEach((row, i) => {
      const id = ids[i]!;
      const revs = asked[id]!;
      if (!row.value) missing[id] = { missing: revs };
      else if (revs.some((rev) => rev !== row.value!.rev)) unsure[id] = revs;
    });
    return Object.keys(unsure).length ? { ...missing, ...(await exact(unsure)) } : missing;
  };
  return mirror;
}
