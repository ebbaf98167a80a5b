// @vitest-environment node
// Twenty-sixth round (s26-orgs), on invented texts: a name right before "newspaper", "magazine", "website" or
// "tabloid" is the paper or the site, a body (cues.ts ORG_NOUN_AFTER); not after "a" or "an", nor a nationality.
import { describe, expect, it } from 'vitest';
import { orgs } from './read-facts';

describe('a name before the noun of a paper or a site', () => {
  it('reads "the Evening Gazette newspaper" and "the Loxley.org website" as bodies', () => {
    const text =
      'The mayor accused Tom Heald, of the Evening Gazette newspaper, of following him home. ' +
      'The complaint was first posted on the Loxley.org website, which lists the council’s meetings.';
    expect(orgs(text)).toEqual(expect.arrayContaining(['Evening Gazette', 'Loxley.org']));
  });

  it('reads no body from "a … newspaper" or a nationality ("a Norwich newspaper", "the French newspaper")', () => {
    const text =
      'The story first ran in a Norwich newspaper last spring. The French newspaper that followed it up said the mayor had refused to comment.';
    expect(orgs(text)).not.toContain('Norwich');
    expect(orgs(text)).not.toContain('French');
  });
});

// Twenty-ninth round (s29-orgs2): a record label after its name, a magazine or a tabloid before it.
describe('a record label, a magazine or a tabloid named beside its noun', () => {
  it('reads "his Vantablue label" and "hip-hop magazine Rimshot" as bodies', () => {
    const text =
      'The rapper Kade Morrow has signed to his Vantablue label, its founder said on Friday. ' +
      'Jo Pell, editor of hip-hop magazine Rimshot, said the deal would help his new album sell.';
    expect(orgs(text)).toEqual(expect.arrayContaining(['Vantablue', 'Rimshot']));
  });

  it('reads no body from "a … label" (a label of some town or kind, not named)', () => {
    expect(orgs('The band put out the single on a Velmora label in 2009 and toured for a year, the singer said.')).not.toContain('Velmora');
  });
});
