// @vitest-environment node
// Twenty-fifth round (s25-places), on invented sentences: a town the article writes only before a player's or a
// club's staff noun ("Harlow prop", "Harlow's 19-year-old centre") is the player's club, not a place of the story
// (place-evidence.ts playersClubOnly); in a report that is not about sport a person's name must follow the noun. In a
// sports report, a town written once after a side's noun ("rivals Bristol") is the club (writtenAsClub).
import { describe, expect, it } from 'vitest';
import { placesFound } from './read-facts';

describe("a town written only before a player's noun", () => {
  it('drops it where a name follows the noun, even outside a sports report', () => {
    const text =
      'The Tigers have signed Leeds prop Arlo Venn on loan until the end of March. Coach Dara Pell said the deal ' +
      'was agreed on Friday after a meeting in Exeter.';
    const found = placesFound(text);
    expect(found).toContain('Exeter');
    expect(found).not.toContain('Leeds');
  });

  it('drops it past a possessive and an age, after "assistant", and with no name in a sports report', () => {
    const text =
      "Bristol's 19-year-old centre Nils Orme scored two tries in the match. Cardiff assistant coach Rhys Tal said " +
      'his side had missed too many tackles in the league game at the weekend. The Derby striker was rested.';
    const found = placesFound(text);
    expect(found).not.toContain('Derby');
    expect(found).not.toContain('Bristol');
    expect(found).not.toContain('Cardiff');
  });

  it('keeps a country, a town written as a place once, and a city centre', () => {
    const text =
      'Wales captain Ione Brack scored twice as the league leaders won the match. Glasgow manager Ewan Coll said ' +
      'the crowd in Glasgow was superb. Shops in the Leeds city centre stayed open late.';
    const found = placesFound(text);
    expect(found).toContain('Wales');
    expect(found).toContain('Glasgow');
    expect(found).toContain('Leeds');
  });

  it('keeps a town before a staff noun with no name after it outside a sports report', () => {
    const text = 'Sales rose by 4% last year. The Leeds manager of the store said the new car park had helped.';
    expect(placesFound(text)).toContain('Leeds');
  });
});

describe("a town written once after a side's noun in a sports report", () => {
  it('drops it in every mention', () => {
    const text =
      'Harlow could face rivals Bristol in the league semi-final after the match on Sunday. Bristol have won six ' +
      'games in a row, and their striker scored twice in the last match.';
    expect(placesFound(text)).not.toContain('Bristol');
  });

  it('keeps it where the article writes it as a place once, and keeps a country', () => {
    const text =
      'The league leaders beat rivals Exeter in the match on Sunday. Fans in Exeter cheered. They face champions ' +
      'France next, after the semi-final in Paris.';
    const found = placesFound(text);
    expect(found).toContain('Exeter');
    expect(found).toContain('France');
  });
});
