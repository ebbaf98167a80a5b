// @vitest-environment node
// Twenty-fifth round (s25-streets), on invented sentences: a name whose last word is a street's, a road's or a
// building's ("Mill Street's", "Fenwick Lane", "Caldwell Place") is never a person (people.ts looksLikeName); a street
// word that is a family name too ("Lane") still ends a person's name after a given name.
import { describe, expect, it } from 'vitest';
import { peopleNames } from './read-facts';

describe('a street is never a person', () => {
  it('drops a street named with a possessive', () => {
    const names = peopleNames("Mill Street's shops were shut on Monday after the flood, said trader Joan Pratt.");
    expect(names).toContain('Joan Pratt');
    expect(names).not.toContain('Mill Street');
  });

  it('drops lanes, drives and places that the list of things lacked', () => {
    const text =
      'Flooding closed Tanner Drive and Fenwick Lane overnight, said council officer Ben Ray. Police also shut ' +
      'Caldwell Place on Friday, and Caldwell Place residents were told to stay indoors.';
    const names = peopleNames(text);
    expect(names).toContain('Ben Ray');
    expect(names).not.toContain('Tanner Drive');
    expect(names).not.toContain('Fenwick Lane');
    expect(names).not.toContain('Caldwell Place');
  });

  it('keeps a family name that is also a street word after a given name', () => {
    const names = peopleNames('The actor Nathan Lane will star in the revival next spring, producer Kim Fox said on Tuesday.');
    expect(names).toContain('Nathan Lane');
  });
});
