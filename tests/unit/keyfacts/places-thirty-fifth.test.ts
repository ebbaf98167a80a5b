// @vitest-environment node
// Thirty-fifth round (s35-places), on invented sentences: in a sports report, a town after a result against it, a
// player's move to it, or a post or a career with it ("to defeat Exeter in the final", "turned down a move to Hull",
// "captain of Leeds", "played for Exeter") is the club in every mention (place-evidence.ts RESULT_OR_POST_BEFORE, read
// by writtenAsClub), unless the article writes it once after a preposition of place; a country keeps its place.
import { describe, expect, it } from 'vitest';
import { orgsFound, placesFound } from './read-facts';

describe('a town after a result, a move or a post in a sports report', () => {
  it('drops a town after "defeat" and after "a move to"', () => {
    const text =
      'The winger scored twice as his side came from behind to defeat Exeter in the cup final on Saturday. The ' +
      'striker turned down a move to Hull last summer and said the league title was his only aim this season.';
    const found = placesFound(text);
    expect(found).not.toContain('Exeter');
    expect(found).not.toContain('Hull');
    expect(orgsFound(text)).toContain('Exeter');
  });

  it('drops a town after "captain of" and "played for"', () => {
    const text =
      'The 33-year-old lock, who was captain of Leeds for six seasons, will retire after the league match on Saturday. ' +
      'His brother played for Exeter before a knee injury ended his career at the age of 25.';
    const found = placesFound(text);
    expect(found).not.toContain('Leeds');
    expect(found).not.toContain('Exeter');
  });

  it('keeps the town the article also writes as a place, and a country after "captain of"', () => {
    const text =
      'The winger scored twice as his side came from behind to defeat Exeter in the cup final on Saturday. The ' +
      'players will return to a parade in Exeter on Sunday, and the striker, captain of Wales, was named man of the match.';
    const found = placesFound(text);
    expect(found).toContain('Exeter');
    expect(found).toContain('Wales');
  });

  it('keeps a town after "a move to" outside a sports report', () => {
    const text = 'The bank confirmed a move to Leeds for 400 of its staff, and said the new office would open in the spring.';
    expect(placesFound(text)).toContain('Leeds');
  });
});

// The city that hosts an event named for it (s34-places' rule, measured there and dropped for want of a third article,
// taken this round on blind34d's "the 1936 Berlin Games": places.ts hostOfEvent, place-evidence.ts HOSTED_EVENT_AFTER).
describe('a city hosting an event named for it', () => {
  it('lists the host of "the Lisbon Olympics" and "the 1998 Madrid Games" as places', () => {
    const text =
      'The swimmer won three gold medals at the Lisbon Olympics and said she would retire after the world championships. ' +
      'Her coach had taken silver at the 1998 Madrid Games.';
    const found = placesFound(text);
    expect(found).toContain('Lisbon');
    expect(found).toContain('Madrid');
  });

  it('leaves out the town of a film festival or an open', () => {
    const text = 'The director, who won the main prize at the Lisbon Film Festival in 2001, also played in the Madrid Open as a young man.';
    const found = placesFound(text);
    expect(found).not.toContain('Lisbon');
    expect(found).not.toContain('Madrid');
  });
});
