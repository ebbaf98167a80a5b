// @vitest-environment node
// Twenty-fourth round (s24-teams), on invented sports reports: a known town that opens its sentence and plays is its
// club (candidates.ts ordinaryOpener), a side that wins a few words after it opens its clause
// (results-and-markets.ts isSideInSportsReport), and a town that opens the name of a club the article names is the club's
// short name, not a place (place-evidence.ts townsAsClubs); a known town written as a side plays (a player's figures for
// it, its record, "held X to 39% shooting", "traded to X", results-and-markets.ts isSideInSportsReport).
import { describe, expect, it } from 'vitest';
import { isSportsReport } from '@/utils/keyfacts/cues';
import { orgs, orgsFound, peopleNames, places } from './read-facts';

describe('a known town that opens its sentence with a result', () => {
  it('reads the town as its club in a sports report, though the common-word list holds it', () => {
    const text =
      'The league match was decided late. Plymouth beat Hallam Rovers 2-1 at home on Saturday. ' +
      'The striker scored twice before half-time and the goalkeeper made four saves. The crowd stayed to the end.';
    expect(orgs(text)).toContain('Plymouth');
    expect(places(text)).not.toContain('Plymouth');
  });

  it('leaves such a town a place outside a sports report', () => {
    const text = 'Plymouth beat its own record for visitors this summer, the council said. Hotels were full in August. The harbour was busy.';
    expect(orgs(text)).not.toContain('Plymouth');
    expect(places(text)).toContain('Plymouth');
  });
});

describe('a side that wins a few words after it opens its clause', () => {
  const text =
    'The league match reports came in late. Brora Athletic climbed off the bottom with a 2-0 win over Keld Vale on Saturday. ' +
    'The hosts were level at the break, while Tolsey came from two goals down to beat Harrowmere. ' +
    'Ann Colby scored twice in a 3-1 win over Wenfield. The goalkeeper made five saves.';

  it('reads the subject of "with a 2-0 win over" and of "came from behind to beat" as sides', () => {
    const found = orgs(text);
    expect(found).toContain('Brora Athletic');
    expect(found).toContain('Tolsey');
  });

  it('does not read a player who scored in a win as a side', () => {
    expect(orgs(text)).not.toContain('Ann Colby');
    expect(peopleNames(text)).toContain('Ann Colby');
  });
});

describe("a town that opens a club's name in a sports report", () => {
  it("reads the town alone as the club's short name, not as a place", () => {
    const text =
      'Rask Holm scored twice and the Hartford Whalers beat the Quebec Nordiques 4-3 on Tuesday night. ' +
      'Jonas Vikstrom had two assists for Hartford, which won its third straight. ' +
      'Marc Dufresne scored for Quebec, and Luc Boivin made 28 saves in goal.';
    const found = places(text);
    expect(found).not.toContain('Hartford');
    expect(found).not.toContain('Quebec');
    expect(orgs(text)).toContain('Hartford Whalers');
  });

  it('keeps the town a place where the article writes it as one', () => {
    const text =
      'Rask Holm scored twice and the Hartford Whalers beat the Quebec Nordiques 4-3 on Tuesday night in Hartford. ' +
      'Jonas Vikstrom had two assists, and the goalkeeper made 31 saves. The next match is on Friday.';
    expect(places(text)).toContain('Hartford');
  });
});

describe("a known town written as a side's play in a sports report", () => {
  const text =
    'MEMPHIS (AP) — Kyle Ames scored 30 points in the league match. Ben Ruud had two assists for Hartford, and Ian Cole made 30 saves. ' +
    'Tom Pryor led Plymouth with 31 points. The Hawks held Dallas to 39% shooting and had 12 points for Memphis off the bench. ' +
    "Southampton's winless run stretched to six games. " +
    'Years ago the Hawks crashed out to Coventry in the cup.';

  it("reads a player's figures for it, held / led with figures, its run and 'crashed out to' as the club", () => {
    const found = orgsFound(text);
    for (const side of ['Hartford', 'Plymouth', 'Dallas', 'Southampton', 'Coventry']) expect(found).toContain(side);
  });

  it("keeps a dateline's town the place", () => {
    expect(places(text)).toContain('Memphis');
    expect(orgsFound(text)).not.toContain('Memphis');
  });
});

describe('a rugby report that writes no goals or matches is a sports report', () => {
  it("reads a club before its fly-half as the club (a sports report's cue) when only rugby's words say it is one", () => {
    const text =
      'Wrexford Harriers fly-half Tom Reedley is fit for the Six Nations opener against Italy on Saturday. ' +
      'The 24-year-old missed the autumn Tests with a knee injury. Head coach Mark Allan said he was delighted.';
    expect(orgs(text)).toContain('Wrexford Harriers');
  });

  it("does not count words other news writes too (a seed round, metres, a tennis court)", () => {
    const text = 'The start-up raised a seed round to build tennis courts; the glacier lost 40 metres of ice in a tight finish.';
    expect(isSportsReport(text)).toBe(false);
  });
});
