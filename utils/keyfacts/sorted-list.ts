/**
 * Membership in the generated lexicons ('|'-joined, sorted by code unit: scripts/build-lexicons.ts) without splitting
 * them whole on the answer's path. A worker started by a key-facts request split all of them into sets before its first
 * answer (~43,000 strings made and hashed, ~14 ms of that answer's CPU: docs/benchmarks.md, thirty-fifth round); here
 * a word's bucket (the entries that share its first letters, found by a binary search of the text) becomes a small set
 * on its first lookup, so the first answer builds only the buckets its words fall in, and each list's whole set is built
 * in a task of its own after that answer (a lookup of a whole set is cheaper than a bucket's: the answers after it
 * run as fast as before).
 */

/**
 * The letters a bucket's entries share: with three, the largest list's (given names, ~21,000) buckets hold a few
 * entries each, so a bucket costs little to build and a lookup stays a map's and a set's.
 */
const BUCKET_PREFIX = 3;

/** Where the entry of `list` at or after position `at` starts (list.length + 1 past the last). */
function entryStartFrom(list: string, at: number): number {
  if (at === 0) return 0;
  const bar = list.indexOf('|', at - 1);
  return bar < 0 ? list.length + 1 : bar + 1;
}

/** The end of the entry that starts at `start`. */
function entryEnd(list: string, start: number): number {
  const bar = list.indexOf('|', start);
  return bar < 0 ? list.length : bar;
}

/** The entries of a '|'-joined list sorted by code unit that start with `prefix`, in order. */
export function entriesStartingWith(list: string, prefix: string): string[] {
  // the first entry not below the prefix: every entry starting before `lo` is below it, none starting at `hi` or after
  let lo = 0;
  let hi = list.length + 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = entryStartFrom(list, mid);
    if (start >= hi) {
      hi = mid;
      continue;
    }
    const end = entryEnd(list, start);
    if (list.slice(start, end) < prefix) lo = end + 1;
    else hi = start;
  }
  const out: string[] = [];
  for (let start = lo; start <= list.length; ) {
    const end = entryEnd(list, start);
    if (!list.startsWith(prefix, start)) break;
    out.push(list.slice(start, end));
    start = end + 1;
  }
  return out;
}

/** Each list's buckets by their first letters, shared by every lookup that reads the list ("Paris" is looked up as a place and as a city). */
const bucketsOf = new Map<string, Map<string, Set<string>>>();

function bucket(list: string, key: string): Set<string> {
  let buckets = bucketsOf.get(list);
  if (!buckets) bucketsOf.set(list, (buckets = new Map()));
  let found = buckets.get(key);
  if (!found) buckets.set(key, (found = new Set(entriesStartingWith(list, key))));
  return found;
}

/**
 * Whether a word is an entry of any of the lists (each '|'-joined and sorted by code unit), as a set of them all would
 * say: by buckets until the lists' whole set is built, in a task queued at the first lookup (after the answer that
 * made it, which runs in one task).
 */
export function sortedListsLookup(...lists: string[]): (word: string) => boolean {
  let whole: Set<string> | undefined;
  let queued = false;
  return (word) => {
    if (whole) return whole.has(word);
    if (!queued) {
      queued = true;
      setTimeout(() => (whole = new Set(lists.flatMap((list) => list.split('|')))));
    }
    const key = word.slice(0, BUCKET_PREFIX);
    return lists.some((list) => bucket(list, key).has(word));
  };
}
