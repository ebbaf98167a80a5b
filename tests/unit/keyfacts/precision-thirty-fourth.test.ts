// @vitest-environment node
// The thirty-fourth round's precision rules (s34-precision), each on an invented text.
import { describe, expect, it } from 'vitest';
import { facts, nums } from './read-facts';

describe('an amount in a currency written as a word after it', () => {
  it('keeps a currency that is no common word after any number', () => {
    expect(nums('The port authority paid 4.3 trillion rupiah for the new cranes.')).toEqual(['4.3 trillion rupiah']);
    expect(nums('A court in Bergen fined the shop 250,000 kroner last week.')).toEqual(['250,000 kroner']);
    expect(nums('Flood damage was put at 31bn baht by the ministry.')).toEqual(['31bn baht']);
  });

  it('keeps a currency whose name is a common word only after a scale', () => {
    expect(nums('The council will borrow 2.4bn rand for the harbour.')).toEqual(['2.4bn rand']);
    expect(nums('The utility raised 9 trillion won from the sale.')).toEqual(['9 trillion won']);
    // no scale: "rand" may be another word; after a scale "won the" is the verb
    expect(nums('Some 2 million won the draw.')).toEqual(['2 million']);
  });
});

describe('a straight closing mark with a stop between it and the space after it', () => {
  it('is read as the close it is, so the prose after it is no quote', () => {
    const text = [
      'The harbour master said the new berth was the best on the coast.',
      // the opening mark of the critics' words was lost
      'Critics said the berth would ruin the bay for the sailing clubs". The council plans to put the berth to a vote in March. Ana Lindqvist said: "We will listen to every objection."',
    ].join('\n\n');
    const found = facts(text).quotes.map((q) => q.text);
    expect(found.some((q) => q.includes('The council plans'))).toBe(false);
    expect(found.some((q) => q.startsWith('.'))).toBe(false);
    expect(found).toContain('We will listen to every objection.');
  });
});
