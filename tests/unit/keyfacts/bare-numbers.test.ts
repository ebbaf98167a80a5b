// @vitest-environment node
// The bare-number model: features of a bare number's context, and what the shipped model keeps.
import { describe, expect, it } from 'vitest';
import { BARE_FEATURES, bareNumberFeatures } from '@/utils/keyfacts/bare-number-features';
import { BARE_NUMBER_MODEL } from '@/utils/keyfacts/bare-number-weights';
import { keepsBareNumber } from '@/utils/keyfacts/pass-dates-numbers';
import { facts } from './read-facts';

const featuresOf = (s: string, n: string, english = true, count = 1) => {
  const start = s.indexOf(n);
  const x = bareNumberFeatures(s, start, start + n.length, english, count);
  return Object.fromEntries(BARE_FEATURES.map((k, i) => [k, x[i]]));
};

describe('bare-number features', () => {
  it('reads a hedge, a verb and a clause end around a count', () => {
    const f = featuresOf('The storm destroyed about 1,400 homes and damaged 9,800.', '9,800');
    expect(f).toMatchObject({ pastVerbBefore: 1, endsClause: 1, large: 1, small: 0, quoted: 0 });
    expect(featuresOf('The storm destroyed about 1,400 homes.', '1,400')).toMatchObject({ hedged: 1 });
  });

  it('reads a neighbouring number, a colon, a quotation and another script', () => {
    expect(featuresOf('A bit is either 0 or 1 in the machine today.', '0')).toMatchObject({ numberNear: 1, small: 1 });
    expect(featuresOf('Survivors: 10', '10')).toMatchObject({ afterColon: 1, shortSentence: 1 });
    expect(featuresOf('“I was 12 when we moved to the city,” she said.', '12')).toMatchObject({ quoted: 1 });
    expect(featuresOf('قیمت 84 ڈالر فی بیرل ہو گئی ہے', '84', false)).toMatchObject({ otherLanguage: 1, otherScript: 1 });
  });
});

describe('the shipped bare-number model', () => {
  it('has one weight per feature and a threshold', () => {
    expect(BARE_NUMBER_MODEL.weights).toHaveLength(BARE_FEATURES.length);
    expect(BARE_NUMBER_MODEL.threshold).toBeGreaterThan(0);
  });

  it('keeps a count that ends a clause and drops the digits of a list of codes', () => {
    const nums = (text: string) => facts(text).numbers.map((n) => n.text);
    expect(nums('The match was close all night. Attendance at the old ground was 17,341.')).toEqual(['17,341']);
    expect(nums('Each switch in the old panel could be set to either 0 or 1 by hand.')).toEqual([]);
  });

  it('decides by the sum of the weights against the threshold', () => {
    const model = { bias: -1, weights: [2, 0], threshold: 0.5 };
    expect(keepsBareNumber(model, [1, 0])).toBe(true);
    expect(keepsBareNumber(model, [0, 1])).toBe(false);
  });
});
