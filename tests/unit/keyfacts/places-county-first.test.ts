// @vitest-environment node
// Twenty-fifth round (s25-places), on invented sentences: Irish and British counties written with "County" or "Co"
// first ("County Tyrone", "Co Antrim") are places by their form, with no "in" before them (places.ts
// isPlaceByForm); "County Hall", "County Board" and "County Sheriff" are not.
import { describe, expect, it } from 'vitest';
import { placesFound } from './read-facts';

describe('a county written with "County" or "Co" first', () => {
  it('takes the county with no preposition before it', () => {
    const text =
      'Flooding hit County Tyrone and County Kerry overnight, the weather service said. A man from Co Antrim was ' +
      'rescued from his car. The County Durham man was treated for cold.';
    const found = placesFound(text);
    expect(found).toEqual(expect.arrayContaining(['County Tyrone', 'County Kerry', 'Co Antrim', 'County Durham']));
  });

  it('leaves a building, a body and a role that open with "County"', () => {
    const text =
      'The meeting was held at County Hall on Monday. County Board members voted to close two schools. County ' +
      'Sheriff Ana Diaz said the roads were safe.';
    const found = placesFound(text);
    expect(found).not.toContain('County Hall');
    expect(found).not.toContain('County Board');
    expect(found).not.toContain('County Sheriff');
  });
});
