// @vitest-environment node
// Twenty-eighth round (s28-places), on invented sentences: a month or a day of the week is never a place, also where
// a comma and a country after it read as "Town, Country" ("in November, Ruritania were …"; pass-names.ts).
import { describe, expect, it } from 'vitest';
import { placesFound } from './read-facts';

describe('a month or a day before a comma and a country', () => {
  it('takes neither the month nor the day as a place', () => {
    const text =
      'After two wins over Ruritania and Moldova in November, France were named the side of the year by the panel. ' +
      'On Tuesday, Portugal were drawn against them in the first round of the cup.';
    const found = placesFound(text);
    expect(found).not.toContain('November');
    expect(found).not.toContain('Tuesday');
    expect(found).toContain('France');
  });

  it('keeps a town written before its country in the same place', () => {
    const text = 'The two sides met in Braga, Portugal, last week, and the coach said the trip had been a long one.';
    expect(placesFound(text)).toContain('Braga');
  });
});
