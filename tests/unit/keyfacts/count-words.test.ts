// Counts written as words: one list (count-words.ts) read by dates, numbers, names and roles alike.
import { describe, expect, it } from 'vitest';
import { dates, nums } from './read-facts';
import { cardinalValue, eitherCase } from '@/utils/keyfacts/count-words';

describe('count words', () => {
  it('gives a cardinal its value and nothing to another word', () => {
    expect([cardinalValue('Seven'), cardinalValue('twenty'), cardinalValue('several'), cardinalValue('seventy')]).toEqual([7, 20, 0, 0]);
  });

  it('writes an alternation that takes a word in lower case or opening a sentence', () => {
    const re = new RegExp(`^(?:${eitherCase(['two', 'ten'])})$`);
    expect(['two', 'Two', 'Ten', 'TWO', 'twelve'].map((w) => re.test(w))).toEqual([true, true, true, false, false]);
  });

  it('reads a time counted in words past ten as a date', () => {
    expect(dates('The bakery on the quay closed fifteen years ago.')).toEqual(['fifteen years ago']);
  });

  it('keeps a share whose first count is a word past nine whole', () => {
    expect(nums('Only twelve out of 40 councillors backed the harbour plan.')).toEqual(['twelve out of 40']);
  });

  it('reads a cricket total for wickets written in words', () => {
    expect(nums('The visitors closed the day on 212 for seven.')).toEqual(['212 for seven']);
  });
});
