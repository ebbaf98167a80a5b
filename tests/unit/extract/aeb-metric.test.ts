// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoreCorpus, scorePage, shingles, tokens } from '../../../scripts/aeb-metric';

describe('benchmark metric (same as score.py)', () => {
  it('tokenises on Unicode word characters, underscore included', () => {
    expect(tokens('Café, naïve_x — 42% of "it\'s"')).toEqual(['Café', 'naïve_x', '42', 'of', 'it', 's']);
  });

  it('makes one short shingle for a text under four tokens, none for an empty one', () => {
    expect([...shingles('one two').values()]).toEqual([1]);
    expect(shingles('  ').size).toBe(0);
    expect(shingles('a b c d a b c d').size).toBe(4);
  });

  it('counts surplus shingles as false positives and missing ones as false negatives', () => {
    const s = scorePage('a b c d e', 'a b c d e f');
    // truth {abcd, bcde}; predicted {abcd, bcde, cdef}
    expect(s).toMatchObject({ tp: 2 / 3, fp: 1 / 3, fn: 0, exact: false });
  });

  it('averages precision and recall over pages, leaving out an empty prediction from precision', () => {
    const perfect = scorePage('one two three four five', 'one two three four five');
    const empty = scorePage('one two three four five', '');
    const score = scoreCorpus([perfect, empty]);
    expect(score.precision).toBe(1);
    expect(score.recall).toBe(0.5);
    expect(score.f1).toBeCloseTo(2 / 3);
    expect(score.accuracy).toBe(0.5);
  });
});
