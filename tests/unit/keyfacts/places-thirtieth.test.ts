// @vitest-environment node
// Thirtieth round (s30-places), on invented sentences: places of several words from compromise's lexicon ("the East
// End", an ocean).
import { describe, expect, it } from 'vitest';
import { placesFound } from './read-facts';

describe('places of several words from compromise\'s lexicon', () => {
  it('takes a district and an ocean that no cue marks', () => {
    const text = 'Rents across the East End rose by a tenth last year. Storms over the Indian Ocean delayed two cargo ships.';
    const found = placesFound(text);
    expect(found).toContain('East End');
    expect(found).toContain('Indian Ocean');
  });
});
