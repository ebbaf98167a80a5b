// @vitest-environment node
// Twenty-fifth round (s25-places), on invented sentences: a place word inside a title of nobility ("the Duke of
// Harwick", "the Duchy of Ostmere") names a person or an estate, not a place of the story (place-evidence.ts
// standsAlone); the same place written as one elsewhere in the article stays.
import { describe, expect, it } from 'vitest';
import { placesFound } from './read-facts';

describe('a place word inside a title of nobility', () => {
  it('drops a place named only in such titles', () => {
    const text =
      'Officials from the Duchy of Lancaster and the Earl of Wessex met MPs in Leeds on Tuesday. The Princess of ' +
      'Cornwall did not attend the hearing, a spokesman said.';
    const found = placesFound(text);
    expect(found).toContain('Leeds');
    expect(found).not.toContain('Lancaster');
    expect(found).not.toContain('Cornwall');
  });

  it('keeps the place where the article also writes it as one', () => {
    const text =
      'The Prince of Wales opened the new bridge on Friday. More than 2,000 people in Wales had waited for it for ' +
      'ten years, the council said.';
    expect(placesFound(text)).toContain('Wales');
  });
});
