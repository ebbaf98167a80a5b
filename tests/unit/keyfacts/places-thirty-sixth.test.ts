// @vitest-environment node
// Thirty-sixth round (s36-places), on invented sentences: in a sports report, a name after a nation and "at" is the
// ground the match is played at, also one no gazetteer holds (places.ts isGroundAt, read in pass-names.ts); a place
// glued before "-born" is a word of its own and a place (phrases.ts, places.ts placeByContext); a known place's first
// word is kept at a sentence's start where the place closes the phrase, also where the article writes that word in
// lower case elsewhere (candidates.ts).
import { describe, expect, it } from 'vitest';
import { peopleFound, placesFound } from './read-facts';

const REPORT =
  'The coach named an unchanged side on Tuesday. The fly-half kicked 14 points in the 21-15 win over Italy last week, ' +
  'and the team will face Germany at Glenmorrow on Saturday in the second round of the championship.';

describe('a ground after a nation and "at" in a sports report', () => {
  it('takes the name after "Germany at" as a place', () => {
    expect(placesFound(REPORT)).toContain('Glenmorrow');
  });

  it('leaves a name after a result and "at" to the other passes (a club is written so as often)', () => {
    const text = 'The coach named an unchanged side on Tuesday. The fly-half kicked 14 points in the 21-15 win at Glenmorrow last week, and the team will play again on Saturday in the second round of the championship.';
    expect(placesFound(text)).not.toContain('Glenmorrow');
  });

  it('reads no ground outside a sports report', () => {
    const text = 'The minister met officials from Germany at Glenmorrow on Saturday to discuss the new trade rules for the region.';
    expect(placesFound(text)).not.toContain('Glenmorrow');
  });
});

describe('a place glued before "-born"', () => {
  it('is a place, and no word of the name after it', () => {
    const text = 'The prize went to a painter this year. The judges praised the Leeds-born painter Ana Ruiz for her landscapes of the coast.';
    expect(placesFound(text)).toContain('Leeds');
    expect(peopleFound(text)).toContain('Ana Ruiz');
  });

  it('keeps a known place named by two words at a sentence start, where the article writes its first word in lower case too', () => {
    const text = 'The singer signed a new record deal on Monday. New Zealand-born Ana Ruiz will release her album in May.';
    expect(placesFound(text)).toContain('New Zealand');
    expect(placesFound(text)).not.toContain('Zealand');
  });
});

describe('a venue named by "stadium" in another language first', () => {
  it('takes "the Estadio …" and "the Stade de …" as places', () => {
    const text = 'The final will be played at the Estadio Carrazul in May. Last year the two sides met at the Stade de Montclaire before a crowd of 60,000.';
    const found = placesFound(text);
    expect(found).toContain('Estadio Carrazul');
    expect(found).toContain('Stade de Montclaire');
  });

  it('leaves a venue\'s head word alone, or written before "of"', () => {
    const text = 'The Parc of Montclaire said the Stade will close in May for repairs.';
    const found = placesFound(text);
    expect(found).not.toContain('Parc of Montclaire');
    expect(found).not.toContain('Stade');
  });
});

describe('no ground before a year', () => {
  it('leaves a tournament named with its year after a nation and "at"', () => {
    const text = 'The coach named an unchanged side on Tuesday. The fly-half kicked 14 points in the 21-15 win over Italy last week, and the striker scored for Germany at Eurocup 2008 in the second round of the championship.';
    expect(placesFound(text)).not.toContain('Eurocup');
  });
});
