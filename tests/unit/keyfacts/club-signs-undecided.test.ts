// @vitest-environment node
// Twenty-ninth round (s29-clubs), on invented sports reports: a name no list knows, named once with a club's sign, is
// the club (pass-orgs-by-context.ts, place-evidence.ts hasClubNounOrMove, opensClauseInPlural): a club's noun after
// it ("the Brackwell player"), a move or a club's noun before it ("poised to join Tolsey", "his club Pellick"), or
// opening its clause in the plural ("Ardmore were the last side"). Not a name after "and" or a quantifier ("Phil and
// Maren have a son", "many Gaels have"), a common word ("Scientists are"), nor any of these outside a sports report.
// A club a player is "linked with", "chased by", "played for" or "cited by" (results-and-markets.ts isSideInTable).
import { describe, expect, it } from 'vitest';
import { orgsFound } from './read-facts';

const report =
  'The striker scored twice in the 2-1 win on Saturday and the coach praised his side. The Brackwell player is ' +
  'poised to join Tolsey on loan next week. He played a friendly for his club Pellick last month. Ardmore were the ' +
  'last side to beat the leaders.';

describe('a club named once with a sign', () => {
  it("reads a club's noun, a move and a plural verb opening the clause as the club", () => {
    const bodies = orgsFound(report);
    expect(bodies).toContain('Brackwell');
    expect(bodies).toContain('Tolsey');
    expect(bodies).toContain('Pellick');
    expect(bodies).toContain('Ardmore');
  });

  it('reads a club a player is linked with, chased by or played for, or that cited him (results-and-markets.ts)', () => {
    const text =
      'The striker scored twice in the 2-1 win on Saturday. He has been linked with Dunmore, and was chased by Keldby ' +
      'last summer. He played for Orrin as a boy and was cited by Vantry after the match.';
    const bodies = orgsFound(text);
    for (const club of ['Dunmore', 'Keldby', 'Orrin', 'Vantry']) expect(bodies).toContain(club);
  });

  it('reads no club after "and", after a quantifier, or in a common word', () => {
    const text =
      'The striker scored twice in the 2-1 win on Saturday and the coach praised his side. Dunn and Maren have a son. ' +
      'So many Gaels have seen the match. Scientists are studying the goal.';
    const bodies = orgsFound(text);
    expect(bodies).not.toContain('Maren');
    expect(bodies).not.toContain('Gaels');
    expect(bodies).not.toContain('Scientists');
  });

  it('reads no club outside a sports report', () => {
    const text = 'The Brackwell council approved the plan. Ardmore were the last town to vote, officials said on Monday.';
    const bodies = orgsFound(text);
    expect(bodies).not.toContain('Brackwell');
    expect(bodies).not.toContain('Ardmore');
  });
});
