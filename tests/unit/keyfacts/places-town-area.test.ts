// @vitest-environment node
// Twenty-fifth round (s25-places), on invented sentences: a name written after "the" and before "area" or "metro
// area", past its state between commas ("the Orlando, Fla., area"), is a town's (places.ts placeByContext), also a
// town named like a person; not an acronym ("the VIP area") nor a word opening the sentence ("Former area councillor").
import { describe, expect, it } from 'vitest';
import { placesFound } from './read-facts';

describe('a town written "the X area"', () => {
  it('takes the town, also one named like a person', () => {
    const text =
      'Two men from the Savannah, Ga., area were arrested on Monday. Prices rose fastest in the Charlotte metro ' +
      'area last year, the report said.';
    const found = placesFound(text);
    expect(found).toContain('Savannah');
    expect(found).toContain('Charlotte');
  });

  it('leaves an acronym and a word that opens the sentence', () => {
    const text = 'Guests waited in the VIP area for an hour. Former area councillor Ana Diaz said the queue was long.';
    const found = placesFound(text);
    expect(found).not.toContain('VIP');
    expect(found).not.toContain('Former');
  });
});
