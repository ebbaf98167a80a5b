// @vitest-environment node
// Twenty-fourth round (s24-teams), on invented sports reports: a known town that opens its sentence and plays is its
// club (candidates.ts ordinaryOpener), a side that wins a few words after it opens its clause
// (results-and-markets.ts isSideInFixture), and a town that opens the name of a club the article names is the club's
// short name, not a place (place-evidence.ts placesNamed).
import { describe, expect, it } from 'vitest';
import { orgs, places } from './read-facts';

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
