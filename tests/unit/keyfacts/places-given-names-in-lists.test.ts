// @vitest-environment node
// Twenty-fifth round (s25-places), on invented sentences: a county or town named like a person ("Somerset", "Kerry")
// that the article lists among two known places or more is a place (pass-names.ts placesInLists); one known place
// is not enough, nor a name the article gives a person.
import { describe, expect, it } from 'vitest';
import { placesFound } from './read-facts';

describe('a given name listed with known places', () => {
  it('takes it among two known places or more', () => {
    const text = 'The minister will visit Leeds, Kerry and Cardiff on Monday to meet farmers hit by the floods.';
    const found = placesFound(text);
    expect(found).toEqual(expect.arrayContaining(['Leeds', 'Cardiff', 'Kerry']));
  });

  it('leaves it beside one known place only', () => {
    const text = 'The minister will visit Leeds and Kerry on Monday to meet farmers hit by the floods.';
    expect(placesFound(text)).not.toContain('Kerry');
  });

  it('leaves a word the article gives a person', () => {
    const text =
      'Singer Ana Kerry opened the tour on Friday. The band will play Leeds, Kerry and Cardiff before the final ' +
      'show in London.';
    expect(placesFound(text)).not.toContain('Kerry');
  });
});
