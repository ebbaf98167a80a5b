// @vitest-environment node
// Numbers and dates, fifteenth round: each rule on an invented sentence.
import { describe, expect, it } from 'vitest';
import { dates, nums } from './read-facts';

describe('numbers: a title’s number', () => {
  it('drops the number after a capitalised preposition inside a title', () => {
    expect(nums('She made the paper’s 30 Under 30 list, and the Makers Over 50 prize went to 12 firms.')).toEqual(['12 firms']);
  });

  it('keeps the count after a sentence’s own opening preposition', () => {
    expect(nums('Over 40 people came. In 30 years the village grew to 5,000 people.')).toEqual(['40 people', '30 years', '5,000 people']);
  });
});

describe('dates: spans told from the story', () => {
  it('reads "the following 18 months" as a span, not a number', () => {
    expect(dates('For the following 18 months the farm lay empty.')).toEqual(['following 18 months']);
    expect(nums('For the following 18 months the farm lay empty.')).toEqual([]);
  });

  it('reads "the first four months of 2022" as a part of the year', () => {
    expect(dates('Exports fell 12% in the first 11 months of 2019.')).toEqual(['first 11 months of 2019']);
    expect(nums('Exports fell 12% in the first 11 months of 2019.')).toEqual(['12%']);
  });
});
