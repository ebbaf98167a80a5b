// @vitest-environment node
// Names written as a capital with digits (s28-tokens), each rule on an invented sentence.
import { describe, expect, it } from 'vitest';
import { capPhrases, isCap } from '@/utils/keyfacts/phrases';

const phrases = (s: string): string[] => capPhrases(s, 0).map((p) => p.text);

describe('a capital with one or two digits', () => {
  it('names a body or a brand ("O2", "G7", "X1") in a capitalised phrase', () => {
    expect(isCap('K9')).toBe(true);
    expect(isCap('V12')).toBe(true);
    expect(phrases('Leaders of the K9 met in Rome, and shares in Zell B4 Systems fell.')).toEqual(expect.arrayContaining(['K9', 'Zell B4 Systems']));
  });

  it('is not a quarter or a half of a year, a model with a dash, a longer number or a word opening with a digit', () => {
    expect(isCap('Q3')).toBe(false);
    expect(isCap('H1')).toBe(false);
    expect(isCap('F-35')).toBe(false);
    expect(isCap('A321')).toBe(false);
    expect(isCap('4G')).toBe(false);
    expect(phrases('profits rose in Q3 and H1 after the A321 order.')).toEqual([]);
  });
});
