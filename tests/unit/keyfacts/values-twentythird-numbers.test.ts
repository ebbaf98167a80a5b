// @vitest-environment node
// Numbers, twenty-third round: each rule on an invented sentence.
import { describe, expect, it } from 'vitest';
import { nums } from './read-facts';

describe('numbers: a share written "one in 10"', () => {
  it('is one number, not a bare 10', () => {
    expect(nums('Just one in 10 pupils could name the ferry minister.')).toEqual(['one in 10']);
  });
});

describe('numbers: a number that is part of a name', () => {
  it('is no number before a possessive "\'s" ("50\'s beef", "9 Cent\'s second album")', () => {
    expect(nums('"40\'s feud is 40\'s feud," the rapper said.')).toEqual([]);
    expect(nums('No arrests were made. 9 Cent\'s second album is released on Thursday.')).toEqual([]);
  });

  it('a counted noun in the possessive plural stays', () => {
    expect(nums('The 12 ferries\' crews went on strike.')).toEqual(['12 ferries']);
  });
});

describe('numbers: the Korean won after a scale', () => {
  it('keeps "won" as the currency of "12 trillion won"', () => {
    expect(nums('Some 12 trillion won of debt will be turned into shares.')).toEqual(['12 trillion won']);
  });
});

describe('numbers: a score after words of the game\'s state', () => {
  it('reads "made it 2-0", "the score at 1-1" and "behind 3-2" as scores', () => {
    expect(nums('Lita then made it 2-0 just before the break.')).toEqual(['2-0']);
    expect(nums('The crowd left the ground with the score at 1-1 and three minutes to play.')).toEqual(['1-1']);
    expect(nums('She could not come back after falling behind 3-2 in the opening set.')).toEqual(['3-2']);
  });
});

describe('numbers: an address on a numbered street', () => {
  it('is no number', () => {
    expect(nums('Police were called to a house near 2800 40th St. on Sunday evening.')).toEqual([]);
  });
});
