// @vitest-environment node
/** The lexicons looked up in their '|'-joined text, a bucket at a time (utils/keyfacts/sorted-list.ts). */
import { describe, expect, it } from 'vitest';
import * as lexicons from '@/utils/keyfacts/lexicon-data';
import { entriesStartingWith, sortedListsLookup } from '@/utils/keyfacts/sorted-list';

/** An invented list, sorted by code unit as scripts/build-lexicons.ts writes every list. */
const FRUIT = ['Apple', 'Apricot', 'Banana', 'Bandana Bay', 'Band', 'Cherry', 'Ápfel', 'ápple'].sort().join('|');

describe('entriesStartingWith', () => {
  it('finds the run of entries that share a prefix, first, last and in between', () => {
    expect(entriesStartingWith(FRUIT, 'Ap')).toEqual(['Apple', 'Apricot']);
    expect(entriesStartingWith(FRUIT, 'Ban')).toEqual(['Banana', 'Band', 'Bandana Bay']);
    expect(entriesStartingWith(FRUIT, 'ápp')).toEqual(['ápple']);
    expect(entriesStartingWith(FRUIT, 'Zeb')).toEqual([]);
    expect(entriesStartingWith(FRUIT, 'Bb')).toEqual([]);
    expect(entriesStartingWith(FRUIT, '')).toEqual(FRUIT.split('|'));
    expect(entriesStartingWith('Solo', 'Sol')).toEqual(['Solo']);
    expect(entriesStartingWith('', 'Sol')).toEqual([]);
  });
});

describe('sortedListsLookup', () => {
  it('says what a set of the lists would say: whole entries only, across lists, case and accents as written', () => {
    const isFruit = sortedListsLookup(FRUIT, 'Date|Fig');
    for (const w of ['Apple', 'Band', 'Bandana Bay', 'ápple', 'Fig', 'Date']) expect(isFruit(w), w).toBe(true);
    for (const w of ['App', 'Apples', 'apple', 'Bandana', 'Ban', 'Fi', '', 'Zebra']) expect(isFruit(w), w).toBe(false);
  });

  it('agrees with a set on every generated list, for each entry and for the entry cut short or grown', () => {
    for (const [name, list] of Object.entries(lexicons)) {
      if (name === 'COUNTRY_SPELLINGS') continue;
      const entries = list.split('|');
      const set = new Set(entries);
      const lookup = sortedListsLookup(list);
      const probes = entries.flatMap((e) => [e, e.slice(0, -1), `${e}s`, e.toLowerCase(), e.slice(0, 3)]);
      const wrong = probes.filter((w) => lookup(w) !== set.has(w));
      expect(wrong, name).toEqual([]);
    }
  });

  it('can rely on every generated list being sorted by code unit (scripts/build-lexicons.ts)', () => {
    for (const [name, list] of Object.entries(lexicons)) {
      const entries = list.split('|');
      expect(entries.join('|'), name).toBe([...entries].sort().join('|'));
    }
  });
});

describe('the whole set, after the first answer', () => {
  it('is built in a task of its own, and says what the buckets said', async () => {
    const isFruit = sortedListsLookup(FRUIT, 'Date|Fig');
    const words = ['Apple', 'Apples', 'ápple', 'Bandana', 'Bandana Bay', 'Fig', 'Fi', ''];
    const byBuckets = words.map((w) => isFruit(w));
    await new Promise((resolve) => setTimeout(resolve));
    expect(words.map((w) => isFruit(w))).toEqual(byBuckets);
    expect(byBuckets).toEqual([true, false, true, false, true, true, false, false]);
  });
});
