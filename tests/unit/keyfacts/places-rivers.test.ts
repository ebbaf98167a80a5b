// @vitest-environment node
// Twenty-fifth round (s25-places), on invented sentences: a river named in the British order after "the" ("the River
// Wendle") is a place by its form (places.ts isRiverAfterThe), also before a day, where "the X on Friday" would
// otherwise read as a team's fixture; "River" opening a person's name, with no "the", is not.
import { describe, expect, it } from 'vitest';
import { placesFound } from './read-facts';

describe('a river written "the River X"', () => {
  it('takes the river, also before a day', () => {
    const text =
      'The band will play a gig in Leeds on Saturday, after a show on the River Wendle on Friday. Divers searched ' +
      'the River Orrin for the missing boat.';
    const found = placesFound(text);
    expect(found).toContain('River Wendle');
    expect(found).toContain('River Orrin');
  });

  it('leaves a name that opens with "River" and has no "the" before it', () => {
    const text = 'River Phoenix starred in the film, which opened in 1991 to warm reviews.';
    expect(placesFound(text)).not.toContain('River Phoenix');
  });
});
