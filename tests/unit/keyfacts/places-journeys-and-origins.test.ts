// @vitest-environment node
// Twenty-seventh round (s27-places), on invented sentences: a town no data holds is a place where the article writes
// it after a verb of a journey or a move and "to" ("had moved to Quarrow", "flew to Tembeni"), after a person's age and
// "from" ("Ana Pell, 44, from Quarrow"), or after "-year-old" and "from" ("a 19-year-old nurse from Quarrow")
// (places.ts placeByContext); not after "went to" or "sent to", where prizes and people go.
import { describe, expect, it } from 'vitest';
import { placesFound } from './read-facts';

describe('a town after a verb of a journey and "to"', () => {
  it('is a place after "moved to", "flew to" and "travel to"', () => {
    const text =
      'The writer had moved to Quarrow before the book came out. Last spring she flew to Tembeni for a festival, and ' +
      'her readers often travel to Oskerby for her talks.';
    const found = placesFound(text);
    expect(found).toContain('Quarrow');
    expect(found).toContain('Tembeni');
    expect(found).toContain('Oskerby');
  });

  it('is not one after "went to" or "sent to"', () => {
    const text = 'The best novel award went to Tembeni for her second book. The letters were sent to Oskerby last week.';
    const found = placesFound(text);
    expect(found).not.toContain('Tembeni');
    expect(found).not.toContain('Oskerby');
  });
});

describe('a town after an age and "from"', () => {
  it('is a place after "Name, 44, from" and after "-year-old … from"', () => {
    const text =
      'Protester Ana Pell, 44, from Quarrow, said the march had been peaceful. A 19-year-old nurse from Tembeni said ' +
      'she had walked all night to be there.';
    const found = placesFound(text);
    expect(found).toContain('Quarrow');
    expect(found).toContain('Tembeni');
  });
});
