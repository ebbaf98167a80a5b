// @vitest-environment node
// Twenty-sixth round (s26-orgs), on invented sports reports: a side named by the table ("two points behind X",
// "level with X", "leaders X", "champions X"), a player's move ("on loan from X", "joined from X") or a fixture
// ("a fixture with X") is a club (results-and-markets.ts isSideInTable: read in sports reports only, for names no list
// knows as places).
import { describe, expect, it } from 'vitest';
import { orgs, orgsFound, placesFound } from './read-facts';

describe('a side named by the table, a move or a fixture in a sports report', () => {
  it('reads the sides as clubs', () => {
    const text =
      'Harrow Vale scored twice in the second half to win the league match 2-0 and climb to third, two points behind leaders Vennick. ' +
      'Goalkeeper Sam Orde, who is on loan from Tolborne, made three saves. ' +
      'Harrow Vale now have a fixture with Quarrendon next Saturday.';
    expect(orgs(text)).toEqual(expect.arrayContaining(['Vennick', 'Tolborne', 'Quarrendon']));
  });

  // (isSideInTable reads no known town; since s27-places "leaders Leeds" is the club by a club's sign, and since
  // s29-places that club is listed as one: place-evidence.ts townsAsClubs)
  it('lists a known town written so as its club, not as a place', () => {
    const text =
      'Harrow Vale scored twice in the second half to win the league match 2-0 and climb to third, two points behind leaders Leeds. ' +
      'The striker said the goals had come at the right time.';
    expect(orgsFound(text)).toContain('Leeds');
    expect(placesFound(text)).not.toContain('Leeds');
  });

  it('reads no club from the same words outside a sports report', () => {
    const text =
      'The library has a painting on loan from Tolborne until the spring. Visitors can see it in the east wing. ' +
      'The trust said the loan was a first for the town.';
    expect(orgs(text)).not.toContain('Tolborne');
  });
});
