// @vitest-environment node
// Twenty-ninth round (s29-places), on invented sports reports: a known town written in a fixture ("Exeter v Hallam
// Rovers"), after "play", or after "against" where its name closes ("his debut against Exeter.") is its club, not a
// place (results-and-markets.ts isSideInSportsReport); a county that describes the side after it ("a tie against
// Yorkshire rivals Tolsey") stays a place, and so does a town written so outside a sports report. A town the report
// writes as its club is listed as that club (place-evidence.ts townsAsClubs).
import { describe, expect, it } from 'vitest';
import { orgsFound, placesFound } from './read-facts';

const report =
  'The cup draw was made on Monday. Hallam Rovers face a trip to Exeter after their win over Keld Vale, and the striker ' +
  'scored twice in that match. Tolsey will play Norwich, while Wenfield host Ashby. Keld Vale signed a goalkeeper who ' +
  'scored on his debut against Plymouth. Their reward was a home tie against Yorkshire rivals Tolsey. ' +
  'The pick of the ties is Exeter v Hallam Rovers, to be played on 19 February.';

describe('a town written as a side in a fixture', () => {
  it('reads the town in "A v B", after "play" and after a closed "against" as its club', () => {
    const found = placesFound(report);
    expect(found).not.toContain('Exeter');
    expect(found).not.toContain('Norwich');
    expect(found).not.toContain('Plymouth');
    const bodies = orgsFound(report);
    expect(bodies).toContain('Exeter');
    expect(bodies).toContain('Norwich');
    expect(bodies).toContain('Plymouth');
  });

  it('keeps a county that describes the side after "against"', () => {
    expect(placesFound(report)).toContain('Yorkshire');
  });

  it('leaves such towns places outside a sports report', () => {
    const text = 'The orchestra will play Norwich in May, and a case against Plymouth council opened. Exeter v the Crown was heard later.';
    const found = placesFound(text);
    expect(found).toContain('Norwich');
    expect(found).toContain('Plymouth');
    expect(found).toContain('Exeter');
  });
});

describe('a town the report writes as its club is listed as that club', () => {
  it('lists the town written with a club\'s sign under the organisations, and not as a place', () => {
    const text =
      'Exeter have rejected a third bid for their striker, the league club said on Friday. The forward scored 20 goals ' +
      'last season and the manager wants to keep him. The Norwich midfielder is also a target after his goal in the win.';
    const bodies = orgsFound(text);
    expect(bodies).toContain('Exeter');
    expect(bodies).toContain('Norwich');
    const found = placesFound(text);
    expect(found).not.toContain('Exeter');
    expect(found).not.toContain('Norwich');
  });

  it('leaves a town written so outside a sports report a place, and no organisation', () => {
    const text = 'Exeter have a new library, the council said on Friday. Residents were pleased with the building.';
    expect(orgsFound(text)).not.toContain('Exeter');
    expect(placesFound(text)).toContain('Exeter');
  });
});
