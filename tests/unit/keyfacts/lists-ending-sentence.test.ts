// @vitest-environment node
// Twenty-fifth round (s25-places), on invented sentences: a list of names that ends its sentence is read with its
// last name whole, not with the sentence's stop glued to it (name-lists.ts listMates), so the last name is a mate
// of the others ("Halverton, Leeds and Cardiff.") and a name listed last is read with them.
import { describe, expect, it } from 'vitest';
import { placesFound } from './read-facts';

describe('a list that ends its sentence', () => {
  it('reads an unknown name listed last with known places as a place', () => {
    const text = 'Permits will be needed in parts of Leeds, Bristol and Halverton. The scheme starts in March.';
    expect(placesFound(text)).toContain('Halverton');
  });

  it('counts a known place listed last as a mate of an unknown name before it', () => {
    const text = 'The other districts affected are Mbelwa and Blantyre. The case fatality rate is 1.8%.';
    expect(placesFound(text)).toContain('Mbelwa');
  });
});
