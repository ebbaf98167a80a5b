// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { orgs, places } from './read-facts';

describe('places the article names as places (place-evidence.ts)', () => {
  it('drops a place written only inside a longer name', () => {
    expect(places('U.S. District Judge Mara Keane ruled on Monday that the merger can go ahead.')).not.toContain('U.S.');
    expect(places('Ana Ruiz, the commander of Kowloon West district, said: "We will act."')).toEqual(['Kowloon West']);
  });

  it('keeps a place named once on its own, before a title, with its possessive or as an origin', () => {
    expect(places('U.S. District Judge Mara Keane ruled. The deal needs approval in the U.S. first.')).toContain('U.S.');
    expect(places('Texas GOP Gov. Mark Dunn signed the bill.')).toContain('Texas');
    expect(places('The former trade envoy to Peru Helena Marsh resigned on Friday.')).toEqual(['Peru']);
    expect(places('Neighbouring Mozambique has reported 90 cases.')).toContain('Mozambique');
    expect(places("Voters in the capital backed Ghana's New Patriotic Party on Sunday.")).toContain('Ghana');
    expect(places('Sen. Walter Briggs of Kansas voted for the bill.')).toContain('Kansas');
  });

  it('keeps the organisation whose name holds the place', () => {
    expect(orgs('The Board of Control for Cricket in India (BCCI) opened the stands.')).toContain('Board of Control for Cricket in India');
    expect(places('The Board of Control for Cricket in India (BCCI) opened the stands.')).not.toContain('India');
  });
});

describe('a town that plays in a sports report is its club', () => {
  const report = 'Celtic were held to a 1-1 draw by Dundee on Saturday. Dundee scored a late goal in the match at Dens Park.';
  it('lists the town as no place', () => {
    expect(places(report)).not.toContain('Dundee');
  });
  it('keeps a country that plays: its nation is the place', () => {
    expect(places('Wales beat Hungary 2-0 in the match on Sunday, with two goals in the second half.')).toEqual(['Wales', 'Hungary']);
  });
});

describe('the end of a work’s title is no team (organizations.ts)', () => {
  it('reads "Attack of the Clones", "Dancing with the Stars" as titles', () => {
    expect(orgs('In 2015, Attack of the Clones and Revenge of the Sith returned to cinemas.')).toEqual([]);
    expect(orgs('Ana Diaz was voted off “Dancing with the Stars” on Monday.')).toEqual([]);
  });
  it('reads a plural after a title and "of the" as a title’s end (twenty-sixth round, s26-precision)', () => {
    expect(orgs('The film was the biggest hit since Lord of the Lanterns, its studio said on Monday.')).toEqual([]);
    expect(orgs('Critics compared the show with Lady of the Marshes, a comedy from 1998.')).toEqual([]);
  });
  it('keeps a team after a player’s name or a win', () => {
    expect(orgs('Fans cheered as Ana Diaz of the Ravens scored twice.')).toEqual(['Ravens']);
    expect(orgs('Hallam won 2-1 against the Ravens on Sunday.')).toContain('Ravens');
  });
});
