// @vitest-environment node
// Twenty-sixth round (s26-sport), on invented reports: tennis, athletics and rugby team news that write no goals or
// matches are sports reports by their sports' own forms (set scores, race times and distances, a team sheet, a squad
// by its size) and the sports' names in lower case; a business page with hurdles, a seed round, an Olympic bid and a
// site menu's "Football" and "Tennis" is not (cues.ts isSportsReport).
import { describe, expect, it } from 'vitest';
import { isSportsReport } from '@/utils/keyfacts/cues';
import { orgs } from './read-facts';

describe('a sports report by its sport’s own forms', () => {
  it('reads a tennis report by its set scores', () => {
    expect(isSportsReport('Dana Volkova beat Irina Pol 6-3 6-1 on Monday and meets Lena Markovic next, having lost to her 4-6 7-5 6-2 in May.')).toBe(true);
  });

  it('reads an athletics report by its race times and distances', () => {
    expect(isSportsReport("Mara Tessel won the women's 3,000m in 8:41.20, ahead of Joan Brill in 8:43.05.")).toBe(true);
    expect(isSportsReport('Tom Avery ran the 60m hurdles in Ghent and will run the 400m hurdles in June.')).toBe(true);
  });

  it('reads rugby team news by its team sheet and its squad', () => {
    expect(isSportsReport('Ivo Dent is named at hooker in one of three changes, and Sam Roe comes in at outside centre.')).toBe(true);
    expect(isSportsReport('Coach Ray Tull has named a 31-man squad. Replacements: Hale, Orme, Pike.')).toBe(true);
  });

  it('counts a sport written by its name in lower case', () => {
    expect(isSportsReport('She has played tennis since she was six and is the best athlete her town has had.')).toBe(true);
  });

  it('does not read a business page with hurdles, a seed round, an Olympic bid and a site menu as sport', () => {
    const text =
      'News Football Tennis Business. The start-up raised a seed round despite regulatory hurdles, and the city backs an Olympic bid. ' +
      'Its chief executive won a medal for service in 2004 and will relay the figures to investors at 10:30.';
    expect(isSportsReport(text)).toBe(false);
  });

  it('does not count a vote, a price or a money sum written like a sport’s figure', () => {
    expect(isSportsReport('The board voted 7-2 to sell; shares rose 5% and the firm paid £60m for a 3,000m² depot.')).toBe(false);
  });
});

describe('the sports rules run in a report the new cues find', () => {
  it('reads the sides of rugby team news that writes no goals or matches (on main: none of them)', () => {
    const text =
      'Harrow Vale won 16-9 to climb to third, two points behind leaders Vennick. ' +
      'Sam Orde, who is on loan from Tolborne, is named at hooker, and Tim Dace comes in at outside centre. ' +
      'Harrow Vale now have a fixture with Quarrendon next Saturday.';
    expect(orgs(text)).toEqual(expect.arrayContaining(['Vennick', 'Tolborne', 'Quarrendon']));
  });
});
